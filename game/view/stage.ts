/**
 * The Phaser stage: atmosphere only. It draws the Cabinet Room (lighting the adviser who speaks), the calendar
 * turning to a meeting's date, and each consequence's scene; every word and control that matters lives in the HTML
 * layer. Loaded with a dynamic import after the title is usable.
 *
 * Cheap laptops: the game loop sleeps whenever nothing moves (a still WebGL scene on a software renderer burns
 * most of two cores), and the Canvas renderer is chosen when WebGL is emulated on the CPU.
 */
import { CANVAS, CoreEventNames, Game, Scale, WEBGL } from './phaser-lite';
import { StageScene, type Painters } from './stage-scene';
import type { StageLike } from '../stage-contract';
import { roomPainter } from './room-scene';
import { deskPainters } from './desk';

export type { StageLike } from '../stage-contract';

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

export function createStage(parent: HTMLElement): Promise<StageLike> {
  const useCanvas = webglIsSoftware();
  return new Promise((resolve) => {
    const painters: Painters = { room: roomPainter(), ...deskPainters() };
    const scene = new StageScene(painters);
    const game = new Game({
      type: useCanvas ? CANVAS : WEBGL,
      parent,
      // The stage is drawn to its own size, one game pixel to one CSS pixel (the painters lay it out).
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

    // The loop sleeps a couple of frames after the last change and after the last motion step; a change or a new
    // motion wakes it. A still screen costs nothing but the browser's own compositing.
    let framesLeft = 0;
    game.events.on(CoreEventNames.POST_RENDER, () => {
      // Whether the picture is still moving, for the tests (a still frame says "no").
      const moving = scene.motion.busy ? 'yes' : 'no';
      if (parent.dataset.moving !== moving) parent.dataset.moving = moving;
      if (scene.motion.busy) framesLeft = 3;
      else if (framesLeft > 0 && --framesLeft === 0) queueMicrotask(() => !scene.motion.busy && game.loop.sleep());
    });
    const redraw = () => {
      framesLeft = 3;
      if (!game.loop.running) game.loop.wake();
    };
    scene.motion.onStart = redraw;

    // What was drawn, for the tests (the stage is an image to assistive technology): the smallest text in CSS px and
    // the kind of view (room, calendar, cable, headline, phone, record, lighttable).
    scene.onDrawn = (textPx, kind) => {
      const shown = game.canvas ? game.canvas.getBoundingClientRect().width / Math.max(game.scale.width, 1) : 1;
      parent.dataset.textPx = String(Math.round(textPx * shown * 10) / 10);
      parent.dataset.moving = scene.motion.busy ? 'yes' : 'no';
      if (kind) parent.dataset.view = kind;
      else delete parent.dataset.view;
      redraw();
    };
    // The stage changes size with the layout (a column beside the card, a band above it): draw again.
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
        show(view, still) {
          scene.show(view, still);
          redraw();
        },
        listen(onCue) {
          scene.onCue = onCue;
        },
        setSpeaker(id) {
          parent.dataset.speaker = id ?? ''; // who is lit, for the tests
          scene.light(id);
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
