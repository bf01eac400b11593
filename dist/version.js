import { readFileSync } from 'node:fs';
let version;
/** cil's version, from its package.json. */
export function cilVersion() {
    version ??= JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
    return version;
}
