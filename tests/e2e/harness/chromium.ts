import { existsSync } from 'node:fs';

/** The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium. Never a download. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium and none was found.\n' +
        '  Install it:  sudo apt-get install -y chromium   (Debian/Ubuntu; gives /usr/bin/chromium)\n' +
        '  or point at one:  CHROMIUM_PATH=/path/to/chromium npm test\n' +
        `  Looked at: ${candidates.join(', ')}`,
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
