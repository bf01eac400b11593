import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { isRecordKind } from '../../src/network/layout.js';
import { listNetworkFiles } from '../../src/network/list-files.js';
import { parseYaml } from '../../src/network/parse-yaml.js';
import type { RecordKind } from '../../src/schema/types.js';
import { compileValidator, reportKindSchemas, reportKindValidator, SCHEMA_FILES } from '../../src/schema/validate.js';

// The build compiles the schemas into standalone code (scripts/compile-validators.js), and
// the built command uses it; run from the sources, validate.ts compiles them itself. Both
// must judge every record alike, errors and all. `npm test` builds before it tests.

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const BUILT = new URL('../../dist/schema/validators.js', import.meta.url);

/** Every example record with its kind. */
function exampleRecords(): [RecordKind, unknown][] {
  return listNetworkFiles(EXAMPLES).files.flatMap((file) => {
    if (!isRecordKind(file.kind)) return [];
    const parsed = parseYaml(readFileSync(join(EXAMPLES, file.path), 'utf8'));
    return [[file.kind, parsed.data] as [RecordKind, unknown]];
  });
}

/** A record broken in many ways: each field dropped, given a wrong value, or joined by one unknown. */
function* broken(data: unknown): Generator<unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  const record = data as Record<string, unknown>;
  const wrong = [42, -1, 'x', '', [], [7], {}, null, true, '2026-02-30', 'not a web address', 'Has Spaces', { name: 1 }];
  yield { ...record, unknown_field: 'x' };
  for (const key of Object.keys(record)) {
    const { [key]: _dropped, ...rest } = record;
    yield rest;
    for (const value of wrong) yield { ...record, [key]: value };
    const value = record[key];
    if (Array.isArray(value)) yield { ...record, [key]: [...value, ...value, 3] };
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) yield* [...broken(value)].map((inner) => ({ ...record, [key]: inner }));
  }
}

// What explain.ts reads of an error: its place, keyword, parameters, and the schema it failed.
const essentials = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message, parentSchema }) => ({
    instancePath,
    schemaPath,
    keyword,
    params,
    message,
    parentSchema,
  }));

describe('the build’s standalone validators', () => {
  it('exist after the build, one for each kind of record', async () => {
    expect(existsSync(fileURLToPath(BUILT)), 'run `npm run compile` first').toBe(true);
    const built = (await import(BUILT.href)) as Record<string, unknown>;
    expect(Object.keys(built).sort()).toEqual([...Object.keys(SCHEMA_FILES), ...Object.keys(reportKindSchemas())].sort());
  });

  it('give the same verdicts and errors as validators compiled from the schemas', async () => {
    const built = (await import(BUILT.href)) as Record<string, ValidateFunction>;
    let checked = 0;
    let invalid = 0;
    for (const [kind, data] of exampleRecords()) {
      for (const candidate of [data, ...broken(data)]) {
        const compiled = compileValidator(kind);
        const valid = compiled(candidate);
        expect(built[kind]?.(candidate), `${kind} ${JSON.stringify(candidate)}`).toBe(valid);
        expect(essentials(built[kind]?.errors)).toEqual(essentials(compiled.errors));
        // A report's errors are those of its own kind's schema: the build has those validators too.
        const reportKind = kind === 'report' ? String((candidate as { kind?: unknown } | null)?.kind) : '';
        const own = reportKindValidator(reportKind);
        if (own) {
          expect(built[`report_${reportKind}`]?.(candidate)).toBe(own(candidate));
          expect(essentials(built[`report_${reportKind}`]?.errors)).toEqual(essentials(own.errors));
        }
        checked++;
        if (!valid) invalid++;
      }
    }
    // Both outcomes, many times over, or the comparison proves little.
    expect(checked).toBeGreaterThan(10_000);
    expect(invalid).toBeGreaterThan(checked / 2);
  });
});
