/**
 * Lighthouse 12 on the title screen, in its default mode (mobile, simulated throttling), in a Chromium the
 * bench starts itself with a DevTools port (Lighthouse drives the browser through that port, not Playwright).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  'best-practices': number | null;
  /** Total blocking time (ms) and cumulative layout shift, as Lighthouse's simulation reports them. */
  tbt: number | null;
  cls: number | null;
  /** The scripts that kept the main thread busiest (url: ms of script evaluation), for finding what blocks. */
  bootup: Record<string, number>;
  /** Audits that lost points, for the closing note (id: score). */
  failing: Record<string, string>;
  ms: number;
}

/** Starts Chromium with --remote-debugging-port=0 and reads the port it picked from its stderr. */
function startChromium(executable: string, args: string[], profile: string) {
  const child = spawn(executable, [...args, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('Chromium did not open a DevTools port within 30 s:\n' + seen)), 30_000);
    child.stderr.on('data', (d: Buffer) => {
      seen += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${seen}`)));
  });
  return { child, port };
}

export async function runLighthouse(url: string, executable: string, args: string[]): Promise<LighthouseScores> {
  const profile = mkdtempSync(join(tmpdir(), 'excomm-bench-lh-'));
  const { child, port } = startChromium(executable, args, profile);
  const t0 = performance.now();
  try {
    const { default: lighthouse } = await import('lighthouse');
    const result = await lighthouse(url, {
      port: await port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => {
      const s = lhr.categories[id]?.score;
      return s === null || s === undefined ? null : Math.round(s * 100);
    };
    const failing: Record<string, string> = {};
    for (const id of ['performance', 'accessibility', 'best-practices']) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        // Inspector issues name only their type in the score; keep the types (e.g. a CSP eval probe) for the note.
        const items = (audit.details as { items?: { issueType?: string }[] } | undefined)?.items ?? [];
        const kinds = items.map((i) => i.issueType).filter(Boolean);
        const shown = audit.displayValue ?? (kinds.length ? kinds.join(', ') : '');
        failing[`${id}/${ref.id}`] = `${Math.round(audit.score * 100)}${shown ? ` (${shown})` : ''}`;
      }
    }
    const numeric = (id: string) => {
      const v = lhr.audits[id]?.numericValue;
      return typeof v === 'number' ? v : null;
    };
    const bootup: Record<string, number> = {};
    for (const item of (lhr.audits['bootup-time']?.details as { items?: { url: string; scripting?: number }[] } | undefined)?.items ?? [])
      bootup[item.url.replace(/^https?:\/\/[^/]+/, '')] = Math.round(item.scripting ?? 0);
    return {
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      bootup,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      failing,
      ms: performance.now() - t0,
    };
  } finally {
    const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    // Chromium's helpers may still be writing the profile for a moment after the main process exits.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      /* a leftover temp folder is not worth failing the benchmark for */
    }
  }
}
