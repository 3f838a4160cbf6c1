/**
 * The title page. Its first paint is static HTML (index.html), so Begin works before the game loads; this adds
 * Continue, Resume from code, Settings and Sound once the game is here, and words the title from the chosen
 * scenario's presentation.
 */
import { clear, h } from '../ui/dom';
import { openSettings } from '../ui/settings-dialog';
import type { Shell } from './context';
import { openResume } from './resume-dialog';
import { LANGUAGES, saveSetAsideText, strings } from '../ui/strings';
import { projectorLook } from './projector';

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

/** The static page's own words (index.html is in English) in the language in use. */
function wordStatic(title: HTMLElement): void {
  const t = strings.shell.title;
  const set = (el: Element | null | undefined, text: string) => {
    if (el && el.textContent !== text) el.textContent = text;
  };
  set(document.querySelector('.skip-link'), strings.common.skipLink);
  set(title.querySelector('.stamp'), t.stamp);
  set(document.getElementById('begin'), t.begin);
  set(document.getElementById('begin-short'), t.shortGame);
  set(document.getElementById('begin-projector'), t.projector);
  const links = title.querySelector('.title-links');
  links?.setAttribute('aria-label', t.links);
  set(links?.querySelector('a[href="#/about"]'), t.aboutLink);
  set(links?.querySelector('a[href="#/guide"]'), strings.common.teacherGuide);
  set(links?.querySelector('a[href="#/class"]'), strings.common.classResults);
}

/** Each language named in its own words; the one in use is pressed. */
function languageChoice(shell: Shell): HTMLElement {
  const t = strings.shell.title;
  const row = h('nav', { class: 'title-language', 'aria-label': t.language });
  for (const l of LANGUAGES) {
    const b = h('button', { type: 'button', lang: l, 'aria-pressed': String(l === shell.settings.language) }, t.languageNames[l] ?? l);
    b.addEventListener('click', () => {
      if (l !== shell.settings.language) shell.updateSettings({ ...shell.settings, language: l });
    });
    row.append(b);
  }
  return row;
}

/** The scenario's own name and premise (the static page carries the default scenario's). */
export function wordTitle(shell: Shell, title: HTMLElement): void {
  wordStatic(title);
  const l = shell.session.loaded;
  if (!l?.ok) return;
  const p = l.presentation; // not l.scenario: that would parse the whole scenario while the title is drawn
  const h1 = title.querySelector('h1');
  const premise = title.querySelector('.premise');
  if (h1 && h1.textContent !== p.shortTitle) h1.textContent = p.shortTitle;
  if (premise && premise.textContent?.replace(/\s+/g, ' ').trim() !== p.premise) premise.textContent = p.premise;
}

async function continueGame(shell: Shell): Promise<void> {
  const [l, { restoreFromStore }] = await Promise.all([shell.session.loading, shell.game()]);
  if (!l.ok) return shell.play.showErrors();
  const outcome = restoreFromStore(shell.session.saves, l.scenario);
  if (outcome.kind === 'none') return renderTitle(shell, strings.saves.none);
  if (outcome.kind === 'refused') {
    renderTitle(shell, saveSetAsideText(outcome.refusal));
    byId('begin')?.focus();
    return;
  }
  await shell.play.start(outcome.result.save.mode, outcome.result.restored);
}

export function renderTitle(shell: Shell, message = ''): void {
  const { main, stage, title } = shell.roots;
  document.body.classList.remove('playing');
  stage.hidden = true;
  document.body.append(stage);
  clear(main);
  main.append(title);
  document.body.dataset.screen = 'title';
  projectorLook(shell.projectorRequested);
  wordTitle(shell, title);
  const t = strings.shell.title;
  const actions = title.querySelector('.title-actions') as HTMLElement;
  const begin = byId<HTMLButtonElement>('begin')!;
  begin.disabled = false;
  // Short game is in the page from the start (boot.ts wires it), like Begin; made here only if it is missing.
  let short = byId<HTMLButtonElement>('begin-short');
  if (!short) {
    short = h('button', { type: 'button', id: 'begin-short' }, t.shortGame);
    short.addEventListener('click', () => void shell.play.start('short'));
  }
  // Projector mode too (boot.ts wires it); made here only if it is missing.
  let projector = byId<HTMLButtonElement>('begin-projector');
  if (!projector) {
    projector = h('button', { type: 'button', id: 'begin-projector' }, t.projector);
    projector.addEventListener('click', () => void shell.play.start('short', undefined, { projector: true }));
  }
  clear(actions);
  actions.append(begin);
  if (shell.session.saves.read() !== null) {
    const cont = h('button', { type: 'button', id: 'continue', class: 'primary' }, t.continue);
    cont.addEventListener('click', () => void continueGame(shell));
    actions.prepend(cont);
  }
  actions.append(short, projector);
  const resume = h('button', { type: 'button', id: 'resume' }, t.resumeFromCode);
  resume.addEventListener('click', () => openResume(shell, resume, shell.session.loaded?.ok ? shell.session.loaded.presentation.codePrefix : null));
  const settingsBtn = h('button', { type: 'button', id: 'settings' }, t.settings);
  settingsBtn.addEventListener('click', () => openSettings(shell.settings, (s) => shell.updateSettings(s), settingsBtn));
  let secondary = title.querySelector('.title-secondary');
  if (!secondary) {
    secondary = h('div', { class: 'title-actions title-secondary' });
    actions.after(secondary);
  }
  secondary.classList.remove('title-pending');
  secondary.removeAttribute('aria-hidden');
  clear(secondary);
  secondary.append(resume, settingsBtn, shell.sound.button());
  let msg = title.querySelector('.title-message');
  if (!msg) {
    msg = h('p', { class: 'title-message', role: 'status' });
    secondary.after(msg);
  }
  const notes = [message];
  if (shell.projectorRequested) notes.push(t.projectorReady);
  const unknown = shell.session.choice.unknownRequest;
  if (unknown) notes.push(t.unknownScenario(unknown));
  const loaded = shell.session.loaded;
  if (loaded?.ok && loaded.untranslated) notes.push(t.untranslated);
  if (!shell.storage) notes.push(t.noStorage);
  msg.textContent = notes.filter(Boolean).join(' ');
  title.querySelector('.title-language')?.remove();
  title.append(languageChoice(shell));
  // Opened from a teacher's projector link: the clicker starts (or continues) the whole-class game from here.
  if (shell.projectorRequested && !title.contains(document.activeElement)) (shell.session.projector.on ? byId('continue') : projector)?.focus();
}
