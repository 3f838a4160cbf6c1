/**
 * One modal dialog, the same way every time: a native <dialog> named by its heading, shown modally (the rest
 * of the page is inert while it is open), closed by Escape or by any of its close buttons, removed from the
 * page once closed, and focus handed back to the control that opened it.
 */
import { h, type Child } from './dom';

export interface DialogOptions {
  /** The id of the heading (inside the content) that names the dialog. */
  labelledBy: string;
  /** The id of an element (inside the content) that describes the dialog. */
  describedBy?: string;
  class?: string;
  /** Buttons that close the dialog when pressed. */
  closeWith?: readonly HTMLElement[];
  /** What has focus once the dialog is open (by default the first close button). */
  focus?: HTMLElement;
}

export function openDialog(content: Child[], opener: HTMLElement | null, options: DialogOptions): HTMLDialogElement {
  const dialog = h('dialog', { class: options.class, 'aria-labelledby': options.labelledBy, 'aria-describedby': options.describedBy }, content);
  document.body.append(dialog);
  for (const button of options.closeWith ?? []) button.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  dialog.showModal();
  (options.focus ?? options.closeWith?.[0])?.focus();
  return dialog;
}
