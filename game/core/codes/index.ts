export * from './codes';
export * from './aggregate';
