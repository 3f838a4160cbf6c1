/** The seeded generator lives in the core (the ending search samples with it); tests use the same one. */
export { seededRandom } from '../../game/core/rules/random';
