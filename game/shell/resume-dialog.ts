/** The two code dialogs: show the resume code of the game in progress, and resume from a typed code. */
import { openDialog } from '../ui/dialog';
import { h } from '../ui/dom';
import type { Shell } from './context';
import { codeErrorText, resumeHintText, saveRefusedText, strings } from '../ui/strings';

/** Shows the resume code of the game in progress, to carry on from another computer. */
export function showResumeCode(code: string | null, opener: HTMLElement): void {
  const t = strings.shell.code;
  const close = h('button', { type: 'button', class: 'primary' }, strings.common.close);
  openDialog(
    [
      h('h2', { id: 'code-title' }, t.title),
      h('p', null, t.explain),
      code ? h('p', { class: 'code resume-code' }, code) : h('p', null, t.none),
      h('div', { class: 'dialog-actions' }, close),
    ],
    opener,
    { labelledBy: 'code-title', closeWith: [close] },
  );
}

/** Resume from a resume code or a results code (a finished game opens on its debrief). */
export function openResume(shell: Shell, opener: HTMLElement, prefix: string | null): void {
  const input = h('input', {
    type: 'text',
    id: 'resume-input',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'resume-hint resume-error',
    class: 'code-input',
  });
  const error = h('p', { id: 'resume-error', class: 'field-error', role: 'alert' });
  const go = h('button', { type: 'submit', class: 'primary' }, strings.resume.submit);
  const cancel = h('button', { type: 'button' }, strings.common.cancel);
  const form = h(
    'form',
    { method: 'dialog', class: 'resume-form' },
    h('h2', { id: 'resume-title' }, strings.resume.title),
    h('div', { class: 'field' }, h('label', { for: 'resume-input' }, strings.resume.label), input),
    h('p', { id: 'resume-hint', class: 'hint' }, prefix ? resumeHintText(prefix) : strings.shell.code.hintNoPrefix),
    error,
    h('div', { class: 'dialog-actions' }, cancel, go),
  );
  const dialog = openDialog([form], opener, { labelledBy: 'resume-title', closeWith: [cancel], focus: input });
  const fail = (text: string) => {
    error.textContent = text;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  };
  const submit = async () => {
    const [l, { decodeCode, replay }] = await Promise.all([shell.session.loading, shell.game()]);
    if (!l.ok) return;
    const decoded = decodeCode(input.value, l.scenario);
    if (!decoded.ok) return fail(codeErrorText(decoded.error));
    const restored = replay(l.scenario, decoded.code.mode, decoded.code.choices);
    if (!restored.ok) return fail(saveRefusedText(restored));
    dialog.close();
    await shell.play.start(decoded.code.mode, restored, { finished: decoded.code.finished, projector: decoded.code.wholeClass });
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void submit();
  });
}
