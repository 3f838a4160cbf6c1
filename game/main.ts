/**
 * Composition root. The title screen is plain HTML (usable the moment the page arrives); Phaser and the game
 * load only after Begin, through a dynamic import.
 */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/special-elite/400.css';
import '@fontsource/courier-prime/400.css';
import './ui/styles.css';

const main = document.getElementById('main') as HTMLElement;
const stageEl = document.getElementById('stage') as HTMLElement;
const begin = document.getElementById('begin') as HTMLButtonElement;

begin.addEventListener('click', async () => {
  begin.disabled = true;
  const { createStage } = await import('./view/stage');
  document.getElementById('title-screen')?.remove();
  stageEl.hidden = false;
  const section = document.createElement('section');
  section.className = 'screen';
  section.innerHTML = '<h1 tabindex="-1">The Cabinet Room</h1><p>The Executive Committee gathers.</p>';
  main.append(section);
  section.querySelector('h1')?.focus();
  const stage = await createStage(stageEl);
  stage.showRoom(
    [
      { id: 'president', short: 'Kennedy', title: 'The President' },
      { id: 'rusk', short: 'Rusk', title: 'Secretary of State' },
      { id: 'mcnamara', short: 'McNamara', title: 'Secretary of Defense' },
    ],
    null,
  );
  document.body.dataset.stage = stage.renderer;
});
