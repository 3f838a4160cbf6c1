/**
 * The play screens now live in ui/screens/ (one file per screen, registered in screens/index.ts). This file
 * keeps the old import path working for code outside ui/ that still imports it.
 */
export { renderDebrief, renderScreen, type PlayHooks, type Rendered } from './screens';
