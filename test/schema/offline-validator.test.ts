import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportJson } from '../../src/commands/export-json.js';
import { schemas } from '../../src/commands/schemas.js';
import { SCHEMA_FILES } from '../../src/schema/validate.js';
import type { RecordKind } from '../../src/schema/types.js';
import { networkDir } from '../helpers/network.js';

// A generic JSON Schema validator (Hyperjump's, which reads schemas from files and resolves
// references as the standard says) given the copies `cil schemas` writes, with no network:
// every fetch fails, and is recorded.
const { validate } = await import('@hyperjump/json-schema/draft-2020-12');
const fetched: string[] = [];
let copies: string;

beforeAll(() => {
  vi.stubGlobal('fetch', (url: unknown) => {
    fetched.push(String(url));
    return Promise.reject(new Error('no network in this test'));
  });
  const dir = networkDir({});
  schemas({ cwd: dir });
  copies = pathToFileURL(join(dir, '.cil/schemas/')).href;
});

afterAll(() => {
  vi.unstubAllGlobals();
});

const valid = async (kind: RecordKind, record: unknown) => (await validate(`${copies}${SCHEMA_FILES[kind]}`, record as never)).valid;

/** Every record of the example network, by kind. */
function exampleRecords(): [RecordKind, string][] {
  const root = new URL('../../examples/', import.meta.url);
  const files: [RecordKind, string][] = [['config', 'cil.yaml']];
  for (const lab of readdirSync(new URL('labs/', root))) {
    files.push(['lab', `labs/${lab}/lab.yaml`]);
    for (const [kind, folder] of [['member', 'members'], ['event', 'events'], ['project', 'projects'], ['report', 'reports']] as const) {
      const names = readdirSync(new URL(`labs/${lab}/${folder}/`, root)).filter((name) => name.endsWith('.yaml'));
      files.push(...names.map((name): [RecordKind, string] => [kind, `labs/${lab}/${folder}/${name}`]));
    }
  }
  return files.map(([kind, path]) => [kind, readFileSync(new URL(path, root), 'utf8')]);
}

describe('the copies of the schemas in a generic validator, offline', () => {
  it('accept every record of the example network, which cil accepts', async () => {
    const rejected: string[] = [];
    for (const [kind, text] of exampleRecords()) {
      if (!(await valid(kind, parse(text, { version: '1.2', schema: 'core' })))) rejected.push(text.slice(0, 60));
    }
    expect(rejected).toEqual([]);
  });

  it.each([
    ['a role no handbook names, from defs.schema.json', 'member', { name: 'A', joined: '2026-11-01', roles: [{ role: 'boss' }], status: 'active' }],
    ['a field of another kind of report', 'report', { kind: 'monthly', period: '2026-11', story: 'We grew.' }],
    ['a discovery report with a period', 'report', { kind: 'discovery', project: 'toilet-finder', period: '2026-11' }],
    ['a misspelt time zone', 'config', { network: 'N', timezone: 'Asia/Karchi' }],
    ['a licence SPDX does not list, from spdx-license.schema.json', 'project', { name: 'P', status: 'launched', license: 'MIT-ish' }],
  ] as const)('reject %s', async (_name, kind, record) => {
    expect(await valid(kind, record)).toBe(false);
  });

  it('accept the document `cil export json` writes of the example network, public or not, and reject one with a field too many', async () => {
    const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
    for (const isPublic of [false, true]) {
      const document = JSON.parse(exportJson({ cwd: examples, asOf: '2026-11-20', public: isPublic }).text) as { labs: { members: object[] }[] };
      expect((await validate(`${copies}export.schema.json`, document as never)).valid).toBe(true);
      Object.assign(document.labs[0]?.members[0] ?? {}, { phone: '0300-1234567' });
      expect((await validate(`${copies}export.schema.json`, document as never)).valid).toBe(false);
    }
  });

  it('fetched nothing', () => {
    expect(fetched).toEqual([]);
  });
});
