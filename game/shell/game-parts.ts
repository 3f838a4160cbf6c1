/**
 * What the shell needs of the game itself (the machine, the screens, saves and codes), in one lazy chunk: the
 * title paints and answers without it, and it loads while the student reads the title (or on the first press).
 */
export { GameApp, errorScreen, type StageLike } from '../ui/app';
export { formatDiagnostic } from '../core/scenario/diagnostic';
export { decodeCode, encodeCode } from '../core/codes/codes';
export { replay } from '../core/save/save';
export { restoreFromStore } from '../services/restore';
