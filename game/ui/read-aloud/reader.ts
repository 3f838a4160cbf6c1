/**
 * Read-aloud: speaks a screen sentence by sentence with the browser's speech synthesis, highlights the sentence
 * being read and keeps it in view. Only voices that run on the device (`localService`) are ever used: a network
 * voice would send the text to a server. Each sentence is one utterance, so pause, stop and a new speed take
 * effect at once (pausing cancels the sentence and resuming says it again, which works the same on every
 * platform, unlike `speechSynthesis.pause()`).
 */
import { collectBlocks, rangeOf, type CollectedBlock } from './collect';
import { segmentBlocks, voiceFor, type Segment, type VoiceLike } from './queue';

export type ReaderState = 'idle' | 'reading' | 'paused';

export interface ReaderOptions {
  /** The page's language (for text with no `lang` of its own) and the voice chosen for it ('' = automatic). */
  language(): string;
  voice(): string;
  rate(): number;
  /** "Option 1." for an option's number. */
  optionWords(n: string): string;
  onState(state: ReaderState): void;
  /** Smooth scrolling allowed (not with reduced motion). */
  smooth(): boolean;
}

const HIGHLIGHT = 'read-aloud';

/** The device's speech synthesis, when the browser has one. */
export function synth(): SpeechSynthesis | null {
  return typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
}

/** The voices, waiting a moment for them on the first call (Chrome fills the list after the page loads). */
export async function deviceVoices(s: SpeechSynthesis | null = synth()): Promise<SpeechSynthesisVoice[]> {
  if (!s) return [];
  const now = s.getVoices();
  if (now.length) return now;
  return new Promise((resolve) => {
    const done = () => {
      s.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(s.getVoices());
    };
    const timer = setTimeout(done, 1500);
    s.addEventListener('voiceschanged', done);
  });
}

export class Reader {
  private state: ReaderState = 'idle';
  private blocks: CollectedBlock[] = [];
  private queue: Segment[] = [];
  private at = 0;
  /** Bumped by every stop or restart, so an old utterance's end event does nothing. */
  private run = 0;
  private voices: SpeechSynthesisVoice[] = [];

  constructor(
    private readonly s: SpeechSynthesis,
    private readonly opts: ReaderOptions,
  ) {}

  get current(): ReaderState {
    return this.state;
  }

  /** Whether the device has a voice of its own for the page's language. */
  async hasVoice(): Promise<boolean> {
    this.voices = await deviceVoices(this.s);
    return voiceFor(this.voices as VoiceLike[], this.opts.language(), this.opts.voice()) !== null;
  }

  /** Reads `root` from its first sentence. False when the device has no local voice for the page's language. */
  async read(root: HTMLElement): Promise<boolean> {
    this.stop();
    if (!(await this.hasVoice())) return false;
    this.blocks = collectBlocks(root, this.opts.language(), this.opts.optionWords);
    this.queue = segmentBlocks(this.blocks);
    this.at = 0;
    if (!this.queue.length) return true;
    this.set('reading');
    this.speak();
    return true;
  }

  pause(): void {
    if (this.state !== 'reading') return;
    this.run++;
    this.s.cancel();
    this.set('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.set('reading');
    this.speak();
  }

  /** Stops and forgets the screen (a new screen, a new page, the Stop button). */
  stop(): void {
    const was = this.state;
    this.run++;
    if (was !== 'idle') this.s.cancel();
    this.blocks = [];
    this.queue = [];
    this.at = 0;
    CSS.highlights?.delete(HIGHLIGHT);
    if (was !== 'idle') this.set('idle');
  }

  /** A new speed or voice: the sentence being read starts again with it. */
  restartSentence(): void {
    if (this.state !== 'reading') return;
    this.run++;
    this.s.cancel();
    this.speak();
  }

  private set(state: ReaderState): void {
    this.state = state;
    this.opts.onState(state);
  }

  private speak(): void {
    const seg = this.queue[this.at];
    if (!seg) {
      this.stop();
      return;
    }
    const run = ++this.run;
    const u = new SpeechSynthesisUtterance(seg.say);
    // The page's voice, or for text in another language (the records' English) a local voice for that one;
    // failing that, the page's voice again: never a network voice.
    const voice =
      voiceFor(this.voices as VoiceLike[], seg.lang, seg.lang === this.opts.language() ? this.opts.voice() : '') ??
      voiceFor(this.voices as VoiceLike[], this.opts.language(), this.opts.voice());
    if (voice) u.voice = voice as SpeechSynthesisVoice;
    u.lang = seg.lang;
    u.rate = this.opts.rate();
    u.onend = () => {
      if (run !== this.run || this.state !== 'reading') return;
      this.at++;
      this.speak();
    };
    u.onerror = (e) => {
      if (run !== this.run || e.error === 'interrupted' || e.error === 'canceled') return;
      this.stop();
    };
    this.show(seg);
    this.s.speak(u);
  }

  /** Highlights the sentence and scrolls it into view when it is not. */
  private show(seg: Segment): void {
    const block = this.blocks[seg.block];
    if (!block) return;
    const range = rangeOf(block, seg.start, seg.end);
    if (range && typeof Highlight !== 'undefined' && CSS.highlights) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    const rect = (range ?? block.el).getBoundingClientRect();
    const top = document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
    const bottom = innerHeight - (document.querySelector('.reader-bar')?.getBoundingClientRect().height ?? 0);
    if (rect.top < Math.max(0, top) || rect.bottom > bottom) block.el.scrollIntoView({ block: 'center', behavior: this.opts.smooth() ? 'smooth' : 'auto' });
  }

  /** The sentence being read (tests and the bar's progress). */
  position(): { index: number; count: number; text: string } {
    return { index: this.at, count: this.queue.length, text: this.queue[this.at]?.say ?? '' };
  }
}
