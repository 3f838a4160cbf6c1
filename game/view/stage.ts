/**
 * The Phaser stage: atmosphere only. It draws the Cabinet Room and lights the adviser who speaks; every word
 * and control that matters lives in the HTML layer. Loaded with a dynamic import after the title is usable.
 *
 * Cheap laptops: the game loop sleeps whenever nothing moves (a still WebGL scene on a software renderer burns
 * most of two cores), and the Canvas renderer is chosen when WebGL is emulated on the CPU.
 */
import { CANVAS, CoreEventNames, Game, Scale, WEBGL } from './phaser-lite';
import { RoomScene, type Seat } from './room-scene';

export interface Stage {
  readonly renderer: 'canvas' | 'webgl';
  /** Seats the people at the table (in order around it) and lights the speaker, if any. */
  showRoom(seats: readonly Seat[], speaker: string | null): void;
  setSpeaker(speaker: string | null): void;
  destroy(): void;
}

/** True when WebGL is missing or runs on the CPU (SwiftShader, llvmpipe): then Canvas is far cheaper. */
export function webglIsSoftware(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
  } catch {
    return true;
  }
}

export function createStage(parent: HTMLElement): Promise<Stage> {
  const useCanvas = webglIsSoftware();
  return new Promise((resolve) => {
    const scene = new RoomScene();
    const game = new Game({
      type: useCanvas ? CANVAS : WEBGL,
      parent,
      // The room is drawn to the stage's own size, one game pixel to one CSS pixel (room-scene.ts lays it out).
      width: Math.max(parent.clientWidth, 1),
      height: Math.max(parent.clientHeight, 1),
      backgroundColor: '#3B2A20',
      audio: { noAudio: true },
      banner: false,
      scale: { mode: Scale.RESIZE, autoCenter: Scale.NO_CENTER },
      render: { antialias: true, powerPreference: 'low-power' },
      scene,
      callbacks: {
        postBoot: () => {
          game.canvas.setAttribute('aria-hidden', 'true');
        },
      },
    });

    // Sleep the loop a couple of frames after the last change; wake it for the next change.
    let framesLeft = 0;
    game.events.on(CoreEventNames.POST_RENDER, () => {
      if (framesLeft > 0 && --framesLeft === 0) queueMicrotask(() => game.loop.sleep());
    });
    const redraw = () => {
      framesLeft = 3;
      if (!game.loop.running) game.loop.wake();
    };

    // The smallest text drawn, in CSS px, for the layout tests (the stage is an image to assistive technology).
    scene.onLayout = (textPx) => {
      const shown = game.canvas ? game.canvas.getBoundingClientRect().width / Math.max(game.scale.width, 1) : 1;
      parent.dataset.textPx = String(Math.round(textPx * shown * 10) / 10);
      redraw();
    };
    // The stage changes size with the layout (a column beside the card, a band above it): draw the room again.
    const resized = new ResizeObserver(() => {
      if (parent.clientWidth < 1 || parent.clientHeight < 1) return;
      game.scale.refresh();
      redraw();
    });

    scene.onReady = () => {
      resized.observe(parent);
      redraw();
      resolve({
        renderer: useCanvas ? 'canvas' : 'webgl',
        showRoom(seats, speaker) {
          scene.seat(seats, speaker);
          redraw();
        },
        setSpeaker(speaker) {
          scene.light(speaker);
          redraw();
        },
        destroy() {
          resized.disconnect();
          game.destroy(true);
        },
      });
    };
  });
}
