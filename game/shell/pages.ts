/**
 * The pages around the game: about the sources, the teacher guide and the class results (the last two from
 * the classroom chunk). Each has the bar with the way home and the sound control.
 */
import { clear, h } from '../ui/dom';
import { STANCE_SCALE } from '../ui/parts';
import { para } from '../ui/rich-text';
import type { Shell } from './context';

function pageBar(shell: Shell, name: string): HTMLElement {
  return h(
    'nav',
    { class: 'topbar pagebar', 'aria-label': 'Site' },
    h('p', { class: 'where' }, h('a', { href: '#/', class: 'home-link' }, `${name}: title screen`)),
    shell.sound.button(),
  );
}

function shortTitle(shell: Shell): string {
  const l = shell.session.loaded;
  return l?.ok ? l.scenario.presentation.shortTitle : (document.getElementById('title-h1')?.textContent ?? '');
}

export function renderAbout(shell: Shell): void {
  const { main } = shell.roots;
  document.body.classList.remove('playing');
  clear(main);
  main.append(pageBar(shell, shortTitle(shell)));
  document.body.dataset.screen = 'about';
  const section = h('section', { class: 'screen about' }, h('h1', { tabindex: '-1' }, 'About the sources'));
  section.append(
    h(
      'p',
      null,
      'Everything the game shows as “What happened” is quoted word for word from the records listed here, which ship with the game. Anything else shown as an outcome is labelled “What might have happened”: a counterfactual. Each one says what it rests on. “Why this could have happened” quotes a warning someone gave at the time. “The game’s own guess (not from the record)” marks an outcome that nobody in these records foresaw: the game infers it.',
    ),
    h(
      'p',
      null,
      'Each option says who raised it in the room: an adviser, the President himself (“The President raised this”), or nobody (“an alternative the game offers”). The debrief counts the President’s own proposals apart from his advisers.',
    ),
    h(
      'p',
      null,
      `Each option also sits on a scale from firm to flexible. ${STANCE_SCALE} The debrief shows how firm or flexible your advice was beside what was decided. No stance is right.`,
    ),
  );
  const l = shell.session.loaded;
  if (l?.ok) {
    const sc = l.scenario;
    for (const text of sc.presentation.about) section.append(para(sc, text));
    const list = h('ul', { class: 'source-list' });
    for (const src of Object.values(sc.sources).sort((a, b) => a.date.localeCompare(b.date))) {
      list.append(
        h(
          'li',
          null,
          h('strong', null, src.title),
          ` (${src.date}). ${src.citation.replace(/\.$/, '')}. `,
          h('a', { href: `${shell.session.choice.sourcesBase}${src.file}` }, 'Read the text'),
        ),
      );
    }
    section.append(h('h2', null, 'The records'), list);
    if (sc.limits.length)
      section.append(h('h2', null, 'What these records cannot tell us'), h('ul', { class: 'limits' }, ...sc.limits.map((t) => h('li', null, para(sc, t)))));
  }
  section.append(h('p', null, h('a', { href: '#/' }, 'Back to the title')));
  main.append(section);
  (section.querySelector('h1') as HTMLElement).focus();
}

/** The class results and teacher guide pages; never a blank page when their chunk cannot load. */
export function classroomPages(shell: Shell): (route: string) => void {
  const classroom = shell.classroom;
  const mount = (route: string): Promise<void> =>
    Promise.all([shell.session.loading, classroom()])
      .then(([l, mod]) => {
        mod.mountClassroomRoute(shell.roots.main, route, l.ok ? l.scenario : null);
        shell.roots.main.prepend(pageBar(shell, shortTitle(shell)));
      })
      .catch(() => {
        const { main } = shell.roots;
        clear(main);
        const retry = h('button', { type: 'button', class: 'primary' }, 'Try again');
        retry.addEventListener('click', () => void mount(route));
        main.append(
          pageBar(shell, shortTitle(shell)),
          h(
            'section',
            { class: 'screen' },
            h('h1', { tabindex: '-1' }, route.startsWith('guide') ? 'Teacher guide' : 'Class results'),
            h('p', { class: 'notice', role: 'alert' }, 'This page could not be loaded. Check the connection and try again.'),
            h('p', null, retry, ' ', h('a', { href: '#/' }, 'Back to the title')),
          ),
        );
        (main.querySelector('h1') as HTMLElement | null)?.focus();
      });
  return (route) => {
    document.body.classList.remove('playing');
    shell.roots.stage.hidden = true;
    void mount(route);
  };
}
