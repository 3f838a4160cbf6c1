/**
 * Hash routes, one table: #/ (title), #/play, #/about, #/class, #/guide. `navigate` changes the address; the
 * hashchange listener draws the page. Pages never call each other.
 */
import type { RouteId } from './context';

export type RouteTable = Record<RouteId, (route: string) => void>;

/** The route of an address's hash: "#/class?code=…" → { id: 'class', full: 'class?code=…' }; unknown → title. */
export function parseRoute(hash: string): { id: RouteId; full: string } {
  const full = hash.replace(/^#\/?/, '');
  const head = full.split('?')[0] ?? '';
  const id: RouteId = head === 'play' || head === 'about' ? head : head.startsWith('class') ? 'class' : head.startsWith('guide') ? 'guide' : '';
  return { id, full };
}

export function createRouter(table: RouteTable): { navigate(route: RouteId): void; render(): void; listen(): void } {
  const render = () => {
    const { id, full } = parseRoute(location.hash);
    table[id](full);
  };
  return {
    render,
    listen: () => window.addEventListener('hashchange', render),
    navigate(route) {
      const hash = `#/${route}`;
      if (location.hash === hash || (route === '' && location.hash === '')) {
        if (route === '') render(); // already there: draw it afresh (e.g. "Save and exit")
        return;
      }
      location.hash = hash; // the hashchange listener draws it
    },
  };
}
