// Writes schemas/spdx-license.schema.json from the spdx-license-ids package, the SPDX
// project's maintained list of current licence ids. Run after updating that package;
// a test fails while the schema and the package disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ids = require('spdx-license-ids');
const version = JSON.parse(
  readFileSync(require.resolve('spdx-license-ids/package.json'), 'utf8'),
).version;

export function spdxSchema(licenceIds, listVersion) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://raw.githubusercontent.com/codeforpakistan/cil/main/schemas/spdx-license.schema.json',
    title: 'SPDX licence id',
    description: `A current SPDX licence id (e.g. MIT, Apache-2.0), from spdx-license-ids ${listVersion}.`,
    type: 'string',
    enum: [...licenceIds].sort(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = new URL('../schemas/spdx-license.schema.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(spdxSchema(ids, version), null, 2)}\n`);
  console.log(`wrote ${ids.length} SPDX ids (spdx-license-ids ${version})`);
}
