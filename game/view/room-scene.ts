/** The Cabinet Room (first cut while the seated room is drawn). */
import type { Painter } from './stage-scene';
import { WALNUT } from './stage-scene';
import type { StageView } from './stage-types';

export function roomPainter(): Painter<Extract<StageView, { kind: 'room' }>> {
  return {
    draw(scene, view, _prev, { W, H }) {
      scene.add.graphics().fillStyle(WALNUT, 1).fillRect(0, 0, W, H);
      view.seats.forEach((s, i) => scene.label(20, 20 + i * 18, s.short, { px: 14, color: '#F3EBD9' }));
    },
  };
}
