/// <reference types="vite-plugin-pwa/vanillajs" />
/** Set by the build (vite.config.ts): the fingerprint of the scenario files it checked in full; '' in development. */
declare const __SCENARIO_CHECKED__: string;
