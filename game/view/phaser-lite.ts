/**
 * Phaser, only the parts the room draws with. `import Phaser from 'phaser'` brings the whole prebuilt library
 * (about 350 KB gzip: physics-free, but with the loader, tweens, input, sound, tilemaps, particles, every game
 * object and filter), and Phaser 4 does not tree-shake as a whole. This entry requires the source modules one by
 * one, the way Phaser's own custom builds do (node_modules/phaser/src/phaser-core.js), so the chunk holds only:
 *
 * - the Game and its managers (scale, textures, scenes, the renderer chooser), the Scene base class and the core
 *   scene plugins (events, cameras, display and update lists, `this.add`, `this.make`, `this.scene`);
 * - both renderers, WebGL and Canvas (the feature flags in vite.config.ts `define` keep both, drop sound);
 * - the game objects the room adds: Graphics, Text, Container, and the shapes Rectangle, Ellipse, Arc (circle).
 *   Each factory registers itself with `this.add` when its module runs, hence the imports for their effect.
 *
 * No loader, tweens, input plugin, sound, cameras beyond the default, or filters: a scene that needs one adds
 * its module here. Phaser's package "exports" list no deep paths, so vite.config.ts aliases `phaser/src/` to the
 * package's source folder; tests/unit/view/phaser-lite.test.ts checks every path below still exists in the
 * installed Phaser with the export expected, so an update that moves one fails a test, not a classroom.
 *
 * Types come from Phaser's own declarations (`import type`: no code).
 */
import type PhaserTypes from 'phaser';
// First, before the Game: the renderers' namespace. WebGL's render nodes require each other in a circle through it
// (BatchHandler requires renderer/index.js, which requires every node); entered from the Game's renderer instead,
// a node would extend a class not yet defined. Phaser's own entries load it first too.
import 'phaser/src/renderer/index.js';
import CONST from 'phaser/src/const.js';
import CoreEvents from 'phaser/src/core/events/index.js';
import GameClass from 'phaser/src/core/Game.js';
import CenterConst from 'phaser/src/scale/const/CENTER_CONST.js';
import ScaleModeConst from 'phaser/src/scale/const/SCALE_MODE_CONST.js';
import SceneClass from 'phaser/src/scene/Scene.js';
// The core scene plugins every scene needs (DefaultPlugins.CoreScene): each registers itself with the plugin cache.
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/GameObjectCreator.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/scene/ScenePlugin.js';
// The game objects the room adds (`this.add.…`): each factory registers itself.
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser/src/gameobjects/shape/ellipse/EllipseFactory.js';
import 'phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';

type Lite = typeof PhaserTypes;

export const Game = GameClass as Lite['Game'];
export const Scene = SceneClass as Lite['Scene'];
/** Renderer types (Phaser.CANVAS, Phaser.WEBGL). */
export const CANVAS = (CONST as Pick<Lite, 'CANVAS'>).CANVAS;
export const WEBGL = (CONST as Pick<Lite, 'WEBGL'>).WEBGL;
/** The scale modes and centring of Phaser.Scale (FIT, CENTER_BOTH, …). */
export const Scale = {
  ...(ScaleModeConst as Pick<Lite['Scale'], 'NONE' | 'FIT' | 'ENVELOP' | 'RESIZE'>),
  ...(CenterConst as Pick<Lite['Scale'], 'NO_CENTER' | 'CENTER_BOTH' | 'CENTER_HORIZONTALLY' | 'CENTER_VERTICALLY'>),
};
export const CoreEventNames = CoreEvents as typeof PhaserTypes.Core.Events;
