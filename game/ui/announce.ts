/** The polite live region: new content is announced to screen readers without moving focus. */
let timer: number | undefined;

export function announce(message: string): void {
  const live = document.getElementById('live');
  if (!live) return;
  // Clear first so the same message twice is still announced.
  live.textContent = '';
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    live.textContent = message;
  }, 60);
}
