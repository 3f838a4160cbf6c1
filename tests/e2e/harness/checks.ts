/** Checks several browser tests share: axe on the page as it is, and reading a printed PDF. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** axe with the WCAG 2.1 A and AA rules: zero violations, or the list of them (where names the screen). */
export async function axe(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(found, `axe violations on ${where}`).toEqual([]);
}

/** The number of pages of a PDF (pdfinfo; a count of page objects if it gives none). */
export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (m) return Number(m[1]);
  return (readFileSync(file, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** The text of a PDF, whitespace collapsed. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
