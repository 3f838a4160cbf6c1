export * from './save';
