/**
 * The desk scenes: the calendar turning to a meeting's date, and one scene for each consequence's medium.
 * (First cut: a sheet of paper with the headline; each kind gets its own scene.)
 */
import type { Painter, Painters } from '../stage-scene';
import { PAPER, INK, MANILA, SANS } from '../stage-scene';
import type { StageView } from '../../stage-contract';

type DeskKind = Exclude<StageView['kind'], 'room'>;

function sheet(): Painter {
  return {
    draw(scene, view, _prev, { W, H }, motion) {
      const g = scene.add.graphics();
      g.fillStyle(MANILA, 1).fillRect(0, 0, W, H);
      const w = Math.min(W * 0.8, 520);
      const h = H * 0.8;
      const paper = scene.add.rectangle(W / 2, H / 2, w, h, PAPER).setStrokeStyle(1, INK);
      const text = 'headline' in view ? view.headline : 'to' in view ? view.to : '';
      const t = scene.label(W / 2 - w / 2 + 16, H / 2 - h / 2 + 16, text, { family: SANS, px: 16, wrap: w - 32 });
      paper.setAlpha(0);
      t.setAlpha(0);
      motion.add(500, (k) => {
        paper.setAlpha(k);
        t.setAlpha(k);
      });
    },
  };
}

export function deskPainters(): { [K in DeskKind]: Painters[K] } {
  return { calendar: sheet(), cable: sheet(), headline: sheet(), phone: sheet(), record: sheet(), lighttable: sheet() };
}
