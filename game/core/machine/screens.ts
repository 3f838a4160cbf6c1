/**
 * The kinds of screen the game shows, in one place. The machine generates one state per screen and tags it
 * with XState `meta: { screen, id }`; selectors, the app, sound and tests read that meta instead of taking the
 * state key apart. Adding a screen starts here: the compiler then finds every switch and registry that must
 * learn it (`assertNever`, `satisfies Record<ScreenName, …>`).
 */
export const SCREENS = ['prologue', 'opening', 'intelligence', 'decision', 'consequence', 'event', 'summary', 'epilogue', 'debrief'] as const;

export type ScreenName = (typeof SCREENS)[number];

/** What every generated state carries as XState meta: the screen and the meeting or decision it shows ('' for none). */
export type ScreenMeta = { screen: ScreenName; id: string };

/**
 * State keys: `screen__id` (ids never contain "__"; prologue, epilogue and debrief have no id). Only the machine
 * and the code that resolves a snapshot at a position (saves) build keys; nothing parses them.
 */
export const stateKey = {
  opening: (meeting: string) => `opening__${meeting}`,
  intelligence: (meeting: string) => `intelligence__${meeting}`,
  summary: (meeting: string) => `summary__${meeting}`,
  decision: (decision: string) => `decision__${decision}`,
  consequence: (decision: string) => `consequence__${decision}`,
  event: (decision: string) => `event__${decision}`,
  prologue: () => 'prologue',
  epilogue: () => 'epilogue',
  debrief: () => 'debrief',
} satisfies Record<ScreenName, (id: string) => string>;

/** Anything with XState's `getMeta()` (a machine snapshot). */
export type MetaSnapshot = { getMeta(): Record<string, ScreenMeta | undefined> };

/** The screen a snapshot shows, from its state's meta (null when the state carries none). */
export function screenOf(snapshot: MetaSnapshot): ScreenMeta | null {
  for (const meta of Object.values(snapshot.getMeta())) if (meta && (SCREENS as readonly string[]).includes(meta.screen)) return meta;
  return null;
}

/** For exhaustive switches: the compiler refuses a call that a new member of a union could reach. */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(x)}`);
}
