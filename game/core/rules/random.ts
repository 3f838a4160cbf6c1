/** The rules' seeded generator (a run can be replayed): the one in game/lib, shared with the stage. */
export { seededRandom } from '../../lib/seeded-random';
