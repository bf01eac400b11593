import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA, exportJson } from '../../src/commands/export-json.js';
import { loadNetwork } from '../../src/network/load-network.js';
import { resolveSettings } from '../../src/network/settings.js';
import { reportContext } from '../../src/reports/context.js';
import { FORMATS } from '../../src/schema/formats.js';
import { AJV_OPTIONS, loadSchemas, SCHEMA_DIR } from '../../src/schema/validate.js';
import { runCli } from '../helpers/cli.js';
import { EXPORT_NETWORK } from '../helpers/export-network.js';
import { BASE, networkDir } from '../helpers/network.js';
import { testdir } from '../helpers/testdir.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const dir = networkDir(EXPORT_NETWORK);
const AS_OF = '2026-11-20';

const ajv = new Ajv2020({ ...AJV_OPTIONS, formats: FORMATS });
ajv.addSchema(loadSchemas());
const validate = ajv.getSchema(EXPORT_SCHEMA);
if (!validate) throw new Error(`no schema ${EXPORT_SCHEMA}`);
const problems = (document: unknown) => (validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`));

interface Lab {
  id: string;
  members: Record<string, unknown>[];
  events: Record<string, unknown>[];
  reports: { name: string; figures: Record<string, unknown> | null }[];
  standing: Record<string, unknown>;
}
interface Document { cil_version: string; exported_at: string; public: boolean; labs: Lab[]; settings: Record<string, unknown> }

const exported = (cwd: string, more: { public?: boolean; labs?: string[] } = {}) =>
  JSON.parse(exportJson({ cwd, asOf: AS_OF, ...more }).text) as Document;

/** Whether every object's keys, at every depth, are in order. */
function keysSorted(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSorted);
  if (value === null || typeof value !== 'object') return true;
  const keys = Object.keys(value);
  return keys.every((key, index) => index === 0 || (keys[index - 1] as string) < key) && Object.values(value).every(keysSorted);
}

describe('cil export json', () => {
  it('is valid by schemas/export.schema.json, public or not, on the example network and a hostile one', () => {
    for (const cwd of [examples, dir]) {
      for (const isPublic of [false, true]) expect(problems(exported(cwd, { public: isPublic })), `${cwd} public ${isPublic}`).toEqual([]);
    }
  });

  it("carries the website's address from cil.yaml, as a folder, and none when cil.yaml gives none", () => {
    const withSite = networkDir({ ...EXPORT_NETWORK, 'cil.yaml': `${BASE['cil.yaml'] ?? ''}site_url: https://cfp-labs.github.io/network\n` });
    const document = exported(withSite);
    expect(document.settings.site_url).toBe('https://cfp-labs.github.io/network/');
    expect(problems(document)).toEqual([]);
    expect(Object.hasOwn(exported(examples).settings, 'site_url')).toBe(false);
  });

  it('is the whole network: settings, and each lab with its records, report figures and standing', () => {
    const document = exported(examples);
    expect(document).toMatchObject({ cil_version: expect.stringMatching(/^\d+\.\d+\.\d+/), exported_at: AS_OF, public: false });
    expect(document.settings).toMatchObject({ network: 'Code for Pakistan Civic Innovation Labs (example network)', timezone: 'Asia/Karachi' });
    expect(document.labs.map((lab) => lab.id)).toEqual(['karachi', 'peshawar', 'quetta']);
    const network = loadNetwork(examples);
    const settings = resolveSettings(network.config);
    for (const lab of document.labs) {
      const folder = network.labs.get(lab.id);
      expect(lab.members.map((member) => member.id)).toEqual([...(folder?.members.keys() ?? [])].sort());
      expect(lab.events).toHaveLength(folder?.events.size ?? -1);
      for (const report of lab.reports) {
        const record = folder?.reports.get(report.name)?.record;
        const context = folder && record && reportContext(folder, report.name, record, settings);
        // The figures a report's document shows (its context escapes texts for Markdown; the numbers are the same).
        expect(report.figures?.audience, `${lab.id} ${report.name}`).toEqual(context?.figures.audience);
        expect(report.figures?.months).toEqual(context?.figures.months);
        expect(report.figures?.meetings).toHaveLength(context?.figures.meetings.length ?? -1);
      }
    }
  });

  it('gives each lab the standing `cil status --format json` gives, but for the audit\'s counts', async () => {
    const status = JSON.parse((await runCli(['status', '--format', 'json'], { cwd: examples })).stdout) as { labs: Record<string, unknown>[] };
    const document = exported(examples);
    expect(status.labs).toHaveLength(3);
    for (const lab of status.labs) {
      const { checklist, roles, attention } = lab;
      expect(document.labs.find((entry) => entry.id === lab.id)?.standing).toEqual({ checklist, roles, attention });
    }
    // Quetta has a member due a warning: the standing names them.
    expect(document.labs[2]?.standing.attention).toEqual([expect.objectContaining({ due: 'warning', missed: ['2026-09-05', '2026-10-10'] })]);
  });

  it('is the same bytes for the same repository judged as of the same day, with every key in order', async () => {
    const first = await runCli(['export', 'json', '--as-of', AS_OF], { cwd: examples });
    const second = await runCli(['export', 'json', '--as-of', AS_OF], { cwd: examples });
    expect(first.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    expect(keysSorted(JSON.parse(first.stdout))).toBe(true);
    // The day judged is the day exported: a clock time would differ on every run.
    expect(JSON.parse((await runCli(['export', 'json', '--as-of', '2026-10-01'], { cwd: examples })).stdout)).toMatchObject({ exported_at: '2026-10-01' });
  });

  it('carries warnings, reasons and attendance unless --public, and contact details never', () => {
    const [full, open] = [exported(dir), exported(dir, { public: true })];
    const text = JSON.stringify(full);
    expect(text).toContain('Missed \\"two\\" meetups, no notice');
    expect(text).toContain('Moved away,\\nno handover');
    expect(full.labs[0]?.events[0]).toMatchObject({ attendance: { present: ['ayesha-khan', 'zainab-bibi'] } });
    expect(full.labs[0]?.members.find((member) => member.id === 'sara-malik')).toHaveProperty('warnings');
    expect(full.labs[0]?.standing.attention).toEqual([]);
    const publicText = JSON.stringify(open);
    expect(open.public).toBe(true);
    for (const hidden of ['Missed', 'Moved away', '"attendance"', '"reason"']) expect(publicText).not.toContain(hidden);
    expect(open.labs[0]?.members.filter((member) => 'warnings' in member)).toEqual([]);
    expect(open.labs[0]?.standing).not.toHaveProperty('attention');
    expect(open.labs[0]?.members.find((member) => member.id === 'omar-shaikh')).toMatchObject({ offboarded: { date: '2026-11-03', handover: 'None' } });
    for (const document of [text, publicText]) {
      expect(document).not.toContain('1234567');
      expect(document).toContain('Call Bilal on [contact details removed] for the data');
      expect(document).toContain('زینب بی بی');
    }
  });

  it('carries a lab\'s channels unless --public, valid by the schema either way', () => {
    const channels = 'channels: { slack: "#cil-lahore-core", drive: "https://drive.google.com/drive/folders/1AbCdEf" }\n';
    const cwd = networkDir({ ...EXPORT_NETWORK, 'labs/lahore/lab.yaml': `${BASE['labs/lahore/lab.yaml'] ?? ''}${channels}` });
    const [full, open] = [exported(cwd), exported(cwd, { public: true })];
    expect(full.labs[0]).toMatchObject({ channels: { slack: '#cil-lahore-core', drive: 'https://drive.google.com/drive/folders/1AbCdEf' } });
    expect(open.labs[0]).not.toHaveProperty('channels');
    for (const hidden of ['"channels"', '#cil-lahore-core', 'drive.google.com']) expect(JSON.stringify(open)).not.toContain(hidden);
    expect([problems(full), problems(open)]).toEqual([[], []]);
  });

  it('leaves out a lab whose lab.yaml fails its schema, as every such record, and refuses to export it by name', async () => {
    const broken = networkDir({ ...EXPORT_NETWORK, 'labs/quetta/lab.yaml': 'name: CIL Quetta\ncity: Quetta\n' });
    const document = exported(broken);
    expect(document.labs.map((lab) => lab.id)).toEqual(['lahore']);
    expect(problems(document)).toEqual([]);
    const refused = await runCli(['export', 'json', '--lab', 'quetta'], { cwd: broken });
    expect(refused).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('labs/quetta/lab.yaml does not pass its schema') });
  });

  it('writes only the labs asked for, and to a file with --out', async () => {
    expect(exported(examples, { labs: ['quetta'] }).labs.map((lab) => lab.id)).toEqual(['quetta']);
    const out = testdir({});
    const written = await runCli(['export', 'json', '--lab', 'peshawar', '--public', '--out', join(out, 'network.json'), '-C', examples], { cwd: out });
    expect(written).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(out, 'network.json'), 'utf8')).toBe(exportJson({ cwd: examples, asOf: AS_OF, labs: ['peshawar'], public: true }).text);
  });

  it('has a schema that lists every field of each record, and rejects what is not a record', () => {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, 'export.schema.json'), 'utf8')) as { $defs: Record<string, { properties: object }> };
    const fields = (file: string, pointer: string[] = []) => {
      const parsed = JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>;
      const node = pointer.reduce<Record<string, unknown>>((at, key) => at[key] as Record<string, unknown>, parsed);
      return Object.keys(node.properties as object);
    };
    const listed = (kind: string) => Object.keys(schema.$defs[kind]?.properties ?? {});
    expect(listed('member')).toEqual(['id', ...fields('member.schema.json')]);
    expect(listed('event')).toEqual(['id', ...fields('event.schema.json')]);
    expect(listed('project')).toEqual(['id', ...fields('project.schema.json')]);
    expect(listed('report')).toEqual(['name', ...fields('report.schema.json', ['$defs', 'fields']), 'covers', 'figures']);
    expect(listed('lab')).toEqual(['id', ...fields('lab.schema.json'), 'members', 'events', 'projects', 'reports', 'standing']);

    const document = exported(dir);
    const member = document.labs[0]?.members[0] as Record<string, unknown>;
    member.phone = '0300-1234567';
    expect(problems(document)).toEqual(['/labs/0/members/0 must NOT have additional properties']);
  });
});
