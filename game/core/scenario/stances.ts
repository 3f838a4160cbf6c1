/** The stance scale of every option, firm to flexible (kept apart from schema.ts so the game can use it without zod). */
export const STANCES = ['firm', 'middle', 'flexible'] as const;
export type Stance = (typeof STANCES)[number];
