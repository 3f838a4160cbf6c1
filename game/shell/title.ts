/**
 * The title page. Its first paint is static HTML (index.html), so Begin works before the game loads; this adds
 * Continue, Resume from code, Settings and Sound once the game is here, and words the title from the chosen
 * scenario's presentation.
 */
import { clear, h } from '../ui/dom';
import { openSettings } from '../ui/settings-dialog';
import type { Shell } from './context';
import { openResume } from './resume-dialog';

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

/** The scenario's own name and premise (the static page carries the default scenario's). */
export function wordTitle(shell: Shell, title: HTMLElement): void {
  const l = shell.session.loaded;
  if (!l?.ok) return;
  const p = l.scenario.presentation;
  const h1 = title.querySelector('h1');
  const premise = title.querySelector('.premise');
  if (h1 && h1.textContent !== p.shortTitle) h1.textContent = p.shortTitle;
  if (premise && premise.textContent?.replace(/\s+/g, ' ').trim() !== p.premise) premise.textContent = p.premise;
}

async function continueGame(shell: Shell): Promise<void> {
  const [l, { restoreFromStore }] = await Promise.all([shell.session.loading, shell.game()]);
  if (!l.ok) return shell.play.showErrors();
  const outcome = restoreFromStore(shell.session.saves, l.scenario);
  if (outcome.kind === 'none') return renderTitle(shell, 'There is no saved game in this browser.');
  if (outcome.kind === 'refused') {
    renderTitle(shell, `Your saved game could not be opened. ${outcome.message} It has been kept aside. You can start a new game.`);
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
  wordTitle(shell, title);
  const actions = title.querySelector('.title-actions') as HTMLElement;
  const begin = byId<HTMLButtonElement>('begin')!;
  begin.disabled = false;
  // Short game is in the page from the start (boot.ts wires it), like Begin; made here only if it is missing.
  let short = byId<HTMLButtonElement>('begin-short');
  if (!short) {
    short = h('button', { type: 'button', id: 'begin-short' }, 'Short game (about 15 minutes)');
    short.addEventListener('click', () => void shell.play.start('short'));
  }
  clear(actions);
  actions.append(begin);
  if (shell.session.saves.read() !== null) {
    const cont = h('button', { type: 'button', id: 'continue', class: 'primary' }, 'Continue');
    cont.addEventListener('click', () => void continueGame(shell));
    actions.prepend(cont);
  }
  actions.append(short);
  const resume = h('button', { type: 'button', id: 'resume' }, 'Resume from code');
  resume.addEventListener('click', () => openResume(shell, resume, shell.session.loaded?.ok ? shell.session.loaded.scenario.presentation.codePrefix : null));
  const settingsBtn = h('button', { type: 'button', id: 'settings' }, 'Settings');
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
  const unknown = shell.session.choice.unknownRequest;
  if (unknown) notes.push(`There is no scenario called “${unknown}” here, so the game’s own scenario is shown.`);
  if (!shell.storage) notes.push('This browser is not keeping saved data: progress will not be kept after you close the page.');
  msg.textContent = notes.filter(Boolean).join(' ');
}
