/**
 * The pages around the game: about the sources, the teacher guide and the class results (the last two from
 * the classroom chunk). Each has the bar with the way home and the sound control.
 */
import { clear, h } from '../ui/dom';
import { para } from '../ui/rich-text';
import { kindsSection, recordKindOf } from '../ui/historian';
import type { Shell } from './context';
import { projectorLook } from './projector';
import { strings } from '../ui/strings';

function pageBar(shell: Shell, name: string): HTMLElement {
  return h(
    'nav',
    { class: 'topbar pagebar', 'aria-label': strings.shell.pages.bar },
    h('p', { class: 'where' }, h('a', { href: '#/', class: 'home-link' }, strings.shell.pages.home(name))),
    shell.sound.button(),
    shell.reader.controls(),
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
  const t = strings.shell.about;
  const section = h('section', { class: 'screen about' }, h('h1', { tabindex: '-1' }, t.heading));
  section.append(...t.paragraphs(strings.common.stanceScale).map((text) => h('p', null, text)));
  const l = shell.session.loaded;
  if (l?.ok) {
    const sc = l.scenario;
    for (const text of sc.presentation.about) section.append(para(sc, text));
    const list = h('ul', { class: 'source-list' });
    for (const [key, src] of Object.entries(sc.sources).sort(([, a], [, b]) => a.date.localeCompare(b.date))) {
      const kind = recordKindOf(sc, key);
      list.append(
        h(
          'li',
          null,
          h('strong', null, src.title),
          src.gloss ? ` (${src.gloss})` : '',
          t.sourceLine(src.date, src.citation),
          kind ? h('span', { class: 'kind-line' }, strings.historian.kindLine(para(sc, kind.name).textContent ?? kind.name)) : '',
          h('a', { href: `${shell.session.choice.sourcesBase}${src.file}` }, t.readText),
        ),
      );
    }
    section.append(h('h2', null, t.records), list);
    section.append(kindsSection(sc) ?? '');
    if (sc.limits.length) section.append(h('h2', null, t.limits), h('ul', { class: 'limits' }, ...sc.limits.map((t) => h('li', null, para(sc, t)))));
  }
  section.append(h('p', null, h('a', { href: '#/' }, strings.common.backToTitle)));
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
        const retry = h('button', { type: 'button', class: 'primary' }, strings.shell.play.tryAgain);
        retry.addEventListener('click', () => void mount(route));
        main.append(
          pageBar(shell, shortTitle(shell)),
          h(
            'section',
            { class: 'screen' },
            h('h1', { tabindex: '-1' }, route.startsWith('guide') ? strings.common.teacherGuide : strings.common.classResults),
            h('p', { class: 'notice', role: 'alert' }, strings.shell.pages.notLoaded),
            h('p', null, retry, ' ', h('a', { href: '#/' }, strings.common.backToTitle)),
          ),
        );
        (main.querySelector('h1') as HTMLElement | null)?.focus();
      });
  return (route) => {
    projectorLook(false); // the teacher pages keep their usual size
    document.body.classList.remove('playing');
    shell.roots.stage.hidden = true;
    void mount(route);
  };
}
