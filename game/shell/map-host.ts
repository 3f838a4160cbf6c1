/**
 * The map: its code and data load when first needed (and are fetched early, while the student reads the first
 * screens). The map file is the scenario's own (`presentation.map`); a scenario without one shows no map. A map
 * left behind by a screen change is destroyed, its resize observer let go.
 */
import type { Scenario } from '../core/scenario/schema';
import { h } from '../ui/dom';
import type { MapData, RouteId } from '../ui/map';
import { lazyChunk } from './chunks';
import type { Maps, Notices } from './context';
import { strings } from '../ui/strings';

export function createMaps(scenario: () => Scenario | null, notices: Notices): Maps {
  const chunk = lazyChunk('map', () => import('../ui/map'), notices.chunkFailed);
  let data: Promise<MapData> | null = null;
  let dataFile = '';
  const live: { container: HTMLElement; map: { destroy(): void } }[] = [];

  const sweep = () => {
    for (let i = live.length - 1; i >= 0; i--) if (!live[i]!.container.isConnected) live.splice(i, 1)[0]!.map.destroy();
  };
  const dataOf = (mod: typeof import('../ui/map'), file: string) => {
    if (!data || dataFile !== file) {
      dataFile = file;
      data = mod.loadMapData(`./${file}`);
    }
    return data;
  };

  return {
    sweep,
    preload() {
      const file = scenario()?.presentation.map;
      if (!file) return;
      chunk()
        .then((mod) => dataOf(mod, file))
        .catch(() => undefined); // reported by the chunk loader, or shown where the map would be
    },
    render(container, placeIds, animate, flights) {
      const sc = scenario();
      const file = sc?.presentation.map;
      if (!sc || !file) return;
      const draw = async () => {
        const mod = await chunk();
        const map = await dataOf(mod, file);
        const inRecords = sc.places.filter((p) => p.inRecords).map((p) => p.id);
        const routes = new Set(flights as readonly RouteId[]);
        if (placeIds.some((id) => id.startsWith('quarantine'))) routes.add('quarantine');
        sweep();
        live.push({ container, map: mod.renderMap(container, map, { highlight: placeIds, routes: [...routes], animate, recordPlaceIds: inRecords }) });
      };
      draw().catch((e: unknown) => {
        container.append(h('p', { class: 'hint' }, strings.map.couldNotShow((e as Error).message)));
      });
    },
  };
}
