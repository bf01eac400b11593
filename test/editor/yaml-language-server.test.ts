import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { init } from '../../src/commands/init.js';
import { LanguageServerClient, nestedSettings, refusingProxy } from '../helpers/language-server.js';
import { testdir } from '../helpers/testdir.js';
import { writeIn } from '../helpers/write.js';

// The real yaml-language-server (the one VS Code's YAML extension runs), started once for the
// file, in a network repo that `cil init` scaffolded, with exactly the settings it wrote, and
// no network: every HTTP(S) request goes to a proxy that refuses it.
const serverBin = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');

interface CompletionItem { label: string }
interface Hover { contents: { kind: string; value: string } | string }

let dir: string;
let client: LanguageServerClient;
let proxy: Awaited<ReturnType<typeof refusingProxy>>;
let version = 0;

async function open(path: string, text: string) {
  const uri = pathToFileURL(join(dir, path)).href;
  const before = client.publishedCount(uri);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
  return { uri, diagnostics: await client.diagnosticsOf(uri, before) };
}

const labels = (items: CompletionItem[] | { items: CompletionItem[] }) =>
  (Array.isArray(items) ? items : items.items).map((item) => item.label);

beforeAll(async () => {
  dir = testdir({});
  await writeIn(init, {}, '2026-11-20')(dir, { city: 'Peshawar', province: 'Khyber Pakhtunkhwa', leadName: 'Ayesha Khan', leadGithub: 'ayeshak' });
  proxy = await refusingProxy();
  client = new LanguageServerClient(process.execPath, [serverBin, '--stdio'], {
    ...process.env,
    HTTP_PROXY: proxy.url,
    HTTPS_PROXY: proxy.url,
    http_proxy: proxy.url,
    https_proxy: proxy.url,
  });
  const rootUri = pathToFileURL(dir).href;
  await client.request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'network' }],
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { snippetSupport: true } } } },
  });
  const written = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
  client.settings = nestedSettings(written);
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: client.settings });
}, 60_000);

afterAll(async () => {
  await client?.stop();
  proxy?.server.close();
});

describe('yaml-language-server with the settings cil init writes, offline', () => {
  it('reports a misspelled field of a member record, and is quiet on a valid one', async () => {
    const valid = readFileSync(join(dir, 'labs/peshawar/members/ayesha-khan.yaml'), 'utf8');
    expect((await open('labs/peshawar/members/ayesha-khan.yaml', valid)).diagnostics).toEqual([]);
    const { diagnostics } = await open('labs/peshawar/members/bilal-ahmed.yaml', [
      'name: Bilal Ahmed',
      'joined: 2026-11-01',
      'roles:',
      '  - role: member',
      'status: active',
      'githbu: bilal',
      '',
    ].join('\n'));
    expect(diagnostics).toEqual([expect.objectContaining({ message: 'Property githbu is not allowed.', range: expect.objectContaining({ start: { line: 5, character: 0 } }) })]);
  });

  it('follows the schemas\' references to their definitions, in the copies beside them', async () => {
    const { diagnostics } = await open('labs/peshawar/members/zara-sheikh.yaml', 'name: Zara Sheikh\njoined: 2026-11-01\nroles:\n  - role: boss\nstatus: active\n');
    expect(diagnostics).toEqual([expect.objectContaining({ message: expect.stringContaining('Value is not accepted. Valid values: "organizer"') })]);
  });

  it('checks what the schemas say of dates and time zones: a date\'s format, a time zone\'s IANA name', async () => {
    const date = await open('labs/peshawar/members/hina-baig.yaml', 'name: Hina Baig\njoined: 2026-13-05\nroles:\n  - role: member\nstatus: active\n');
    expect(date.diagnostics.map((diagnostic) => [diagnostic.message, diagnostic.range.start.line])).toEqual([['String is not a RFC3339 date.', 1]]);
    const config = readFileSync(join(dir, 'cil.yaml'), 'utf8');
    expect((await open('cil.yaml', config)).diagnostics).toEqual([]);
    const zone = await open('cil.yaml', config.replace('timezone: Asia/Karachi', 'timezone: Asia/Karchi'));
    const line = config.split('\n').indexOf('timezone: Asia/Karachi');
    expect(zone.diagnostics.map((diagnostic) => [diagnostic.message.slice(0, 40), diagnostic.range.start.line])).toEqual([
      ['Value is not accepted. Valid values: "Af', line],
    ]);
  });

  it('completes the fields of a member record, from the schema', async () => {
    const { uri } = await open('labs/peshawar/members/sana-malik.yaml', 'name: Sana Malik\n\n');
    const items = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
    expect(labels(items)).toEqual(expect.arrayContaining(['github', 'joined', 'roles', 'status', 'weekly_hours']));
  });

  it('shows a field\'s description from the schema on hover', async () => {
    const { uri } = await open('labs/peshawar/members/omar-farooq.yaml', 'name: Omar Farooq\njoined: 2026-11-01\n');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    const text = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    expect(text).toContain('The date the person joined the lab.');
  });

  it('completes in a monthly report only what a monthly report holds', async () => {
    const { uri, diagnostics } = await open('labs/peshawar/reports/2026-11-monthly.yaml', 'kind: monthly\nperiod: 2026-11\n\n');
    expect(diagnostics).toEqual([]);
    const items = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 0 } });
    expect(labels(items).sort()).toEqual(['authors', 'blockers', 'hours', 'next_steps', 'submitted', 'successes', 'videos']);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    expect(typeof hover.contents === 'string' ? hover.contents : hover.contents.value).toContain('The month reported on, written YYYY-MM');
  });

  it('reports a field of another kind of report in a monthly report', async () => {
    const { diagnostics } = await open('labs/peshawar/reports/2026-10-monthly.yaml', 'kind: monthly\nperiod: 2026-10\nstory: We grew.\n');
    expect(diagnostics.map((diagnostic) => [diagnostic.message, diagnostic.range.start.line])).toEqual([['Property story is not allowed.', 2]]);
  });

  it('checks the network\'s impact report at the root against its own schema', async () => {
    const { diagnostics } = await open('reports/2026-impact.yaml', 'kind: impact\nyear: 2026\nstory: We grew.\n');
    expect(diagnostics.map((diagnostic) => [diagnostic.message, diagnostic.range.start.line])).toEqual([['Property story is not allowed.', 2]]);
  });

  it('fetched nothing from the schemas\' published addresses', () => {
    expect(proxy.requested.filter((line) => line.includes('raw.githubusercontent.com'))).toEqual([]);
  });
});
