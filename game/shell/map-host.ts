/**
 * The map: its code and data load when first needed (and are fetched early, while the student reads the first
 * screens). The map file is the scenario's own (`presentation.map`); a scenario without one shows no map. A map
 * left behind by a screen change is destroyed, its resize observer let go.
 */
import type { Scenario } from '../core/scenario/schema';
import { h } from '../ui/dom';
import type { MapData, RouteId } from '../ui/map';
import { currentLanguage, strings } from '../ui/strings';
import { lazyChunk } from './chunks';
import type { Maps, Notices } from './context';

/**
 * The map's words in the language in use (`map/caribbean.es.json` beside `map/caribbean.json`). Without that file,
 * or with a broken one, the map keeps its English words and says so under the map. The code that reads the
 * translation (game/ui/map-text.ts, which brings the scenario overlay's hashing and with it the schema and zod)
 * loads only here, never with the title: building the schema at start made the title's longest task.
 */
async function translated(map: MapData, file: string, language: string): Promise<{ map: MapData; untranslated: boolean }> {
  if (language === 'en') return { map, untranslated: false };
  let url = `./${file}`;
  try {
    const { applyMapText, mapTextFile, parseMapText } = await import('../ui/map-text');
    url = `./${mapTextFile(file, language)}`;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`status ${res.status}`);
    return { map: applyMapText(map, parseMapText(await res.json(), url)), untranslated: false };
  } catch (e) {
    console.warn(url, e); // the map keeps its original words, and says so under the map
    return { map, untranslated: true };
  }
}

export function createMaps(scenario: () => Scenario | null, notices: Notices): Maps {
  const chunk = lazyChunk('map', () => import('../ui/map'), notices.chunkFailed);
  let data: Promise<{ map: MapData; untranslated: boolean }> | null = null;
  let dataKey = '';
  const live: { container: HTMLElement; map: { destroy(): void } }[] = [];

  const sweep = () => {
    for (let i = live.length - 1; i >= 0; i--) if (!live[i]!.container.isConnected) live.splice(i, 1)[0]!.map.destroy();
  };
  const dataOf = (mod: typeof import('../ui/map'), file: string) => {
    const language = currentLanguage();
    if (!data || dataKey !== `${file} ${language}`) {
      dataKey = `${file} ${language}`;
      data = mod.loadMapData(`./${file}`).then((map) => translated(map, file, language));
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
        const { map, untranslated } = await dataOf(mod, file);
        const inRecords = sc.places.filter((p) => p.inRecords).map((p) => p.id);
        const routes = new Set(flights as readonly RouteId[]);
        if (placeIds.some((id) => id.startsWith('quarantine'))) routes.add('quarantine');
        sweep();
        live.push({ container, map: mod.renderMap(container, map, { highlight: placeIds, routes: [...routes], animate, recordPlaceIds: inRecords }) });
        if (untranslated) container.append(h('p', { class: 'hint' }, strings.map.wordsUntranslated));
      };
      draw().catch((e: unknown) => {
        container.append(h('p', { class: 'hint' }, strings.map.couldNotShow((e as Error).message)));
      });
    },
  };
}
