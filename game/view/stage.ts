/**
 * The Phaser stage: atmosphere only. It draws the Cabinet Room and lights the adviser who speaks; every word
 * and control that matters lives in the HTML layer. Loaded with a dynamic import after the title is usable.
 *
 * Cheap laptops: the game loop sleeps whenever nothing moves (a still WebGL scene on a software renderer burns
 * most of two cores), and the Canvas renderer is chosen when WebGL is emulated on the CPU.
 */
import Phaser from 'phaser';
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
    const game = new Phaser.Game({
      type: useCanvas ? Phaser.CANVAS : Phaser.WEBGL,
      parent,
      width: 960,
      height: 540,
      backgroundColor: '#3B2A20',
      audio: { noAudio: true },
      banner: false,
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
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
    game.events.on(Phaser.Core.Events.POST_RENDER, () => {
      if (framesLeft > 0 && --framesLeft === 0) queueMicrotask(() => game.loop.sleep());
    });
    const redraw = () => {
      framesLeft = 3;
      if (!game.loop.running) game.loop.wake();
    };

    scene.onReady = () => {
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
          game.destroy(true);
        },
      });
    };
  });
}
