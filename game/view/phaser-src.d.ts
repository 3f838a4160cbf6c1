/**
 * Phaser's source modules (CommonJS, untyped), imported one by one by game/view/phaser-lite.ts, which gives each
 * the type Phaser's own declarations say it has.
 */
declare module 'phaser/src/*' {
  const value: unknown;
  export default value;
}
