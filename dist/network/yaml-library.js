import { createRequire } from 'node:module';
let library;
/**
 * The `yaml` library, loaded the first time a record needs it: one the fast path does not
 * take, or a finding to place on a line. An audit of plain records with nothing to report
 * never does, and loading it costs every thread about 40 ms. It is required rather than
 * imported: `yaml` is CommonJS, which Node 20 loads faster that way.
 */
export function yamlLibrary() {
    library ??= createRequire(import.meta.url)('yaml');
    return library;
}
