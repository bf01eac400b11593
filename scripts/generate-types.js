// Generates src/schema/records.generated.ts from the JSON Schemas in schemas/, so that the
// TypeScript types can never drift from the data format. `npm run types` rewrites the
// file; test/schema/schemas.test.ts fails while the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const schemasDir = fileURLToPath(new URL('../schemas/', import.meta.url));
const target = fileURLToPath(new URL('../src/schema/records.generated.ts', import.meta.url));

const records = [
  ['cil', 'NetworkConfig'],
  ['lab', 'LabRecord'],
  ['member', 'MemberRecord'],
  ['citizen', 'CitizenRecord'],
  ['event', 'EventRecord'],
  ['project', 'ProjectRecord'],
  ['report', 'ReportRecord'],
  ['impact-report', 'ImpactReportRecord'],
];

export async function generateTypes() {
  // One root schema holding every record schema, so shared definitions are declared once.
  const root = { title: 'Records', type: 'object', additionalProperties: false, properties: {} };
  for (const [file, name] of records) {
    const parsed = JSON.parse(readFileSync(`${schemasDir}${file}.schema.json`, 'utf8'));
    // A report is one of its kinds' schemas; its type is every field any kind may hold (the
    // report's `$defs/fields`), as the code reads a report of any kind by the fields it has.
    const fields = parsed.$defs?.fields;
    const schema = fields ? { ...fields, title: parsed.title, description: parsed.description } : parsed;
    // The title is for editors; the type takes the name given here.
    schema.title = name;
    delete schema.$id;
    delete schema.$schema;
    root.properties[file] = schema;
  }
  const code = await compile(root, 'Records', {
    bannerComment: [
      '// Generated from schemas/*.schema.json by scripts/generate-types.js; do not edit.',
      '// Run `npm run types` after changing a schema.',
    ].join('\n'),
    cwd: schemasDir,
    additionalProperties: false,
    unknownAny: true,
    ignoreMinAndMaxItems: true,
    // The SPDX list has hundreds of ids: in TypeScript a licence is a string, which the
    // schema checks against the list.
    $refOptions: {
      resolve: {
        spdx: {
          order: 1,
          canRead: (file) => file.url.endsWith('/spdx-license.schema.json'),
          read: () => JSON.stringify({ type: 'string', description: 'An SPDX licence id, checked against the SPDX list.' }),
        },
        // Likewise the hundreds of IANA time zone names.
        timezone: {
          order: 1,
          canRead: (file) => file.url.endsWith('/timezone.schema.json'),
          read: () => JSON.stringify({ type: 'string', description: 'An IANA time zone name, checked against the list.' }),
        },
      },
    },
  });
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(target, await generateTypes());
  console.log(`wrote ${target}`);
}
