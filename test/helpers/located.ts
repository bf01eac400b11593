import { locatePlaces } from '../../src/network/locate.js';
import { readWithJsYaml } from '../../src/network/parse-yaml.js';
import type { Anchor, Place, RecordPath } from '../../src/schema/types.js';

/** Every path of a parsed record, and each of them one segment too deep, as the places to find. */
export function placesIn(data: unknown): Place[] {
  const paths: RecordPath[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path, [...path, 'missing'], [...path, 7]);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(data, []);
  const anchors: Anchor[] = ['key', 'value', 'parent'];
  return paths.flatMap((path) => anchors.map((anchor) => ({ path, anchor })));
}

/** Where the reading of plain records and `yaml` put the places of a text: they must agree. */
export function bothWays(text: string): { plain: unknown; thorough: unknown } {
  const places = placesIn(readWithJsYaml(text));
  return { plain: locatePlaces(text, places), thorough: locatePlaces(text, places, { thorough: true }) };
}
