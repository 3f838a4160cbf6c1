/**
 * The pure core of the game: scenario loading and validation, rules, the machine and its selectors, saves,
 * and results codes. Nothing here imports Phaser, Howler, the DOM or Node modules.
 */
export * from './scenario/schema';
export * from './scenario/load';
export { checkScenario, checkSchema, formatPath } from './scenario/validate';
export * from './scenario/markup';
export * from './cues';
export * from './rules';
export * from './machine';
export * from './save';
export * from './codes';
