/**
 * Benchmark page B: the floor for "a Phaser 4 game". One scene, one text, Phaser's defaults otherwise (AUTO
 * renderer, the loop running every frame), at the game's canvas size. It marks the moment the text was first
 * rendered, which the bench reads as this page's first usable frame.
 */
import Phaser from 'phaser';

declare global {
  interface Window {
    __benchFirstFrame?: number;
  }
}

class OneText extends Phaser.Scene {
  create(): void {
    this.add.text(480, 270, 'ExComm 1962', { fontFamily: 'serif', fontSize: '48px', color: '#f3e9d2' }).setOrigin(0.5);
    // POST_RENDER after create(): the first frame that holds the text.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      window.__benchFirstFrame = performance.now();
      document.body.dataset.firstFrame = 'drawn';
      document.body.dataset.renderer = this.game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
    });
  }
}

new Phaser.Game({
  parent: 'stage',
  width: 960,
  height: 540,
  backgroundColor: '#3B2A20',
  audio: { noAudio: true },
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: OneText,
});
