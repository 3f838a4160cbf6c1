export * from './conditions';
export * from './engine';
export * from './search';
export * from './debrief';
