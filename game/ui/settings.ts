/**
 * Player settings, kept in this browser only. Reduced motion follows the system setting unless the player
 * changes it in the game.
 */
import { SETTINGS_KEY } from '../services/storage';
import { clampRate } from './read-aloud/queue';
import { isLanguage, type Language } from './strings';

export interface Settings {
  textSize: 'normal' | 'large' | 'larger';
  sound: boolean;
  volume: number;
  captions: boolean;
  reducedMotion: boolean;
  shortcuts: boolean;
  /** The language of the game's words (the records' quotes stay in English). */
  language: Language;
  /** Read-aloud speed, 0.75 to 1.5. */
  readRate: number;
  /** The device voice chosen for reading aloud (its voiceURI); '' lets the game pick a local voice for the language. */
  readVoice: string;
}

export function defaultSettings(): Settings {
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { textSize: 'normal', sound: false, volume: 0.6, captions: true, reducedMotion: reduce, shortcuts: true, language: 'en', readRate: 1, readVoice: '' };
}

export function loadSettings(storage: Storage | null): Settings {
  const base = defaultSettings();
  try {
    const raw = storage?.getItem(SETTINGS_KEY);
    if (!raw) return base;
    const v = JSON.parse(raw) as Partial<Settings>;
    return {
      textSize: v.textSize === 'large' || v.textSize === 'larger' ? v.textSize : 'normal',
      sound: v.sound === true,
      volume: typeof v.volume === 'number' && v.volume >= 0 && v.volume <= 1 ? v.volume : base.volume,
      captions: v.captions !== false,
      reducedMotion: typeof v.reducedMotion === 'boolean' ? v.reducedMotion : base.reducedMotion,
      shortcuts: v.shortcuts !== false,
      language: isLanguage(v.language) ? v.language : base.language,
      readRate: clampRate(v.readRate),
      readVoice: typeof v.readVoice === 'string' ? v.readVoice : '',
    };
  } catch {
    return base;
  }
}

export function saveSettings(storage: Storage | null, s: Settings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(s));
  } catch {
    /* storage full or blocked: settings last for this visit only */
  }
}

export function applySettings(s: Settings): void {
  const scale = s.textSize === 'larger' ? 1.5 : s.textSize === 'large' ? 1.25 : 1;
  document.documentElement.style.setProperty('--text-scale', String(scale));
  document.documentElement.classList.toggle('reduce-motion', s.reducedMotion);
}
