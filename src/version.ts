import { readFileSync } from 'node:fs';

let version: string | undefined;

/** cil's version, from its package.json. */
export function cilVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}
