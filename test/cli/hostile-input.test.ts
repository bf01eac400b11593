import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/network/load-network.js';
import { runCli } from '../helpers/cli.js';
import { toHtml } from '../helpers/markdown.js';
import { BASE, networkDir } from '../helpers/network.js';
import type { Files } from '../helpers/testdir.js';

const member = 'labs/lahore/members/sara-malik.yaml';
const valid = 'name: Sara Malik\njoined: 2026-11-02\nroles: [{ role: member }]\nstatus: active\n';
const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
  .concat(
    'bcdefghi'
      .split('')
      .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  )
  .join('\n');

interface Finding {
  rule: string;
  severity: string;
  file: string;
  line: number | null;
  message: string;
}

const cases: [string, Files, string, string][] = [
  ['a YAML syntax error', { [member]: 'name: Sara: Malik\n' }, member, 'yaml-syntax'],
  ['a duplicate key', { [member]: `${valid}status: alumni\n` }, member, 'yaml-syntax'],
  ['an empty file', { [member]: '' }, member, 'schema'],
  ['several documents in one file', { [member]: `${valid}---\n${valid}` }, member, 'yaml-syntax'],
  ['a scalar where a record should be', { [member]: 'just some words\n' }, member, 'schema'],
  ['a list where a record should be', { [member]: '- name: Sara\n' }, member, 'schema'],
  ['tabs used for indentation', { [member]: 'roles:\n\t- role: member\n' }, member, 'yaml-syntax'],
  [
    'an unknown tag',
    { [member]: "name: !!js/function 'function () { return 1 }'\n" },
    member,
    'yaml-syntax',
  ],
  ['an alias bomb (billion laughs)', { [member]: `${bomb}\n` }, member, 'yaml-syntax'],
  [
    '20,000 levels of flow sequences',
    { [member]: `${'['.repeat(20_000)}${']'.repeat(20_000)}\n` },
    member,
    'yaml-syntax',
  ],
  [
    '20,000 levels of flow mappings',
    { [member]: `${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n` },
    member,
    'yaml-syntax',
  ],
  [
    '__proto__ and constructor keys',
    {
      [member]: `${valid}__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n`,
    },
    member,
    'schema',
  ],
  [
    'a binary file',
    { [member]: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]) },
    member,
    'yaml-syntax',
  ],
  [
    'a file that is not UTF-8',
    { [member]: Buffer.from('name: Sa\xefra\n', 'latin1') },
    member,
    'yaml-syntax',
  ],
  [
    'a file over the size cap',
    { [member]: `${valid}notes: "${'x'.repeat(2 * 1024 * 1024)}"\n` },
    member,
    'yaml-syntax',
  ],
  [
    'a path-traversal reference',
    {
      'labs/lahore/events/2026-11-05-meetup.yaml':
        'title: Meetup\nkind: meetup\ndate: 2026-11-05\norganizers: [../../etc/passwd]\n',
    },
    'labs/lahore/events/2026-11-05-meetup.yaml',
    'schema',
  ],
  [
    'a path-traversal lead',
    {
      'labs/lahore/lab.yaml':
        'name: L\ncity: L\nprovince: Punjab\nfounded: 2026-01-01\nstatus: active\nleads: [../../../etc/passwd]\n',
    },
    'labs/lahore/lab.yaml',
    'schema',
  ],
];

async function auditJson(dir: string) {
  const run = await runCli(['audit', '--format', 'json'], { cwd: dir });
  return {
    run,
    findings: run.stdout ? (JSON.parse(run.stdout) as { findings: Finding[] }).findings : [],
  };
}

describe('hostile input gives findings, never a crash', () => {
  it.each(cases)('%s', async (_name, files, file, rule) => {
    const { run, findings } = await auditJson(networkDir(files));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(findings).toContainEqual(expect.objectContaining({ file, rule, severity: 'error' }));
  });

  it('a symlink leading outside the repo, never followed', async () => {
    const dir = networkDir();
    symlinkSync('/etc/passwd', join(dir, member));
    symlinkSync('/', join(dir, 'labs/lahore/projects'));
    const { run, findings } = await auditJson(dir);
    expect(run.status).toBe(1);
    expect(findings.map((f) => [f.file, f.rule])).toEqual([
      ['labs/lahore/members/sara-malik.yaml', 'file-name'],
      ['labs/lahore/projects', 'file-name'],
    ]);
  });

  it('__proto__ keys pollute nothing', async () => {
    loadNetwork(networkDir({ [member]: `${valid}__proto__: { polluted: yes }\n` }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a byte-order mark and CRLF line ends are fine', async () => {
    const { run, findings } = await auditJson(
      networkDir({ [member]: `\uFEFF${valid.replace(/\n/g, '\r\n')}` }),
    );
    expect(findings).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('a network template cannot write to the output', () => {
  const injected = '::error file=cil.yaml,line=1::Injected';
  const files: Files = {
    'templates/monthly.md.hbs': `# {{lab.name}}\n{{log "${injected}"}}\n`,
    'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\n',
    'labs/lahore/reports/2026-11-monthly.md': '# Civic Innovation Lab Lahore\n',
  };

  it.each(['human', 'json', 'github', 'sarif', 'junit', 'markdown'])('nor inject a line into --format %s', async (format) => {
    const run = await runCli(['audit', '--format', format], { cwd: networkDir(files) });
    expect(run.stdout + run.stderr).not.toContain('Injected');
    if (format === 'json' || format === 'sarif') expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    // The template is reported for what it is: a helper cil does not provide.
    expect(run.stdout).toMatch(/log/);
  });
});

describe('--format markdown shows a record\'s value as it was written', () => {
  it.each(['KP | <b>x</b> & y', 'a`b\\|c', '  spaced  '])('%j, in a code span of its table cell', async (province) => {
    const lab = String(BASE['labs/lahore/lab.yaml']).replace('province: Punjab', `province: ${JSON.stringify(province)}`);
    const run = await runCli(['audit', '--format', 'markdown', '--as-of', '2026-11-20'], { cwd: networkDir({ 'labs/lahore/lab.yaml': lab }) });
    expect(run.status).toBe(1);
    const html = toHtml(run.stdout);
    const cells = /<td><code>labs\/lahore\/lab.yaml:3<\/code><\/td>\n<td>schema<\/td>\n<td>(.*)<\/td>\n<\/tr>/.exec(html)?.[1];
    const codes = [...(cells ?? '').matchAll(/<code>(.*?)<\/code>/g)].map((match) => match[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    expect(codes).toEqual(['province', province]);
  });
});

describe('bounded time and output on any input', () => {
  const event = 'labs/lahore/events/2026-11-05-meetup.yaml';
  const ids = Array.from({ length: 5000 }, (_, index) => `x${index}`).join(', ');
  const keys = Array.from({ length: 2000 }, (_, index) => `k${index}: v\n`).join('');

  it.each([
    ['a record with 5,000 unknown ids in a flow list', { [event]: `title: Big\nkind: meetup\ndate: 2026-11-05\norganizers: [${ids}]\n` }, event, 'reference'],
    ['a member file with 2,000 unknown keys', { [member]: `${valid}${keys}` }, member, 'schema'],
  ])('%s: the first 50 findings, and one that counts the rest', async (_name, files, file, rule) => {
    const { run, findings } = await auditJson(networkDir(files));
    expect(run.status).toBe(1);
    const own = findings.filter((finding) => finding.file === file);
    expect(own).toHaveLength(51);
    expect(own.filter((finding) => finding.rule === rule).length).toBeGreaterThanOrEqual(48);
    expect(own[50]).toMatchObject({ rule, severity: 'error' });
    expect(own[50]?.message).toMatch(new RegExp(`^and (19|49)\\d\\d more findings in this file \\(${rule}\\) not shown: the audit shows 50 a file; fix these, then run it again$`));
  });

  it.each([
    ['the year 9999', { 'labs/lahore/reports/9999-annual.yaml': "kind: annual\nperiod: '9999'\n" }, 'labs/lahore/reports/9999-annual.yaml', 'of an annual report must be a year, like 2026, in a year from 2000 to 2100'],
    ['a founding in the year 101', { 'labs/lahore/lab.yaml': 'name: L\ncity: L\nprovince: Punjab\nfounded: 0101-01-01\nstatus: active\nleads: [ayesha-khan]\n' }, 'labs/lahore/lab.yaml', 'must be a real date from 2000 to 2100'],
    ['a date in the year 3000', { [member]: valid.replace('joined: 2026-11-02', 'joined: 3000-02-01') }, member, 'must be a real date from 2000 to 2100'],
  ])('%s is a schema finding, and the audit finishes', async (_name, files, file, message) => {
    const { run, findings } = await auditJson(networkDir(files));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(findings).toContainEqual(expect.objectContaining({ file, rule: 'schema', message: expect.stringContaining(message) as string }));
  });

  const report = { 'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\n', 'labs/lahore/reports/2026-11-monthly.md': '# Old\n' };
  const chain = (length: number) => Object.fromEntries(
    Array.from({ length }, (_, index) => [`templates/partials/p${index}.md.hbs`, index === length - 1 ? 'x\n' : `{{> p${index + 1}}}{{> p${index + 1}}}\n`]),
  );
  it.each([
    ['forty partials that each include the next twice', { ...chain(40), 'templates/monthly.md.hbs': '# {{lab.name}}\n{{> p0}}\n' }, 'partials include partials more than 16 deep (p0 > p1 > p2 > p3 > … > p16)'],
    ['twelve partials that each include the next twice', { ...chain(12), 'templates/monthly.md.hbs': '# {{lab.name}}\n{{> p0}}\n' }, 'partials are included more than 2000 times in one document'],
    ['a partial that includes itself', { 'templates/partials/loop.md.hbs': '{{> loop}}\n', 'templates/monthly.md.hbs': '{{> loop}}\n' }, 'partials include partials more than 16 deep (loop > loop > loop > loop > … > loop)'],
  ])('%s: the report cannot be rendered, and says why', async (_name, files, why) => {
    const { run, findings } = await auditJson(networkDir({ ...report, ...files }));
    expect(run.status).toBe(1);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'report-stale', message: expect.stringContaining(why) as string }));
  });
});

describe('a file the audit refuses confers nothing', () => {
  it('five badly named event files are no meetings, so nobody missed them', async () => {
    const sara = { 'labs/lahore/members/sara-malik.yaml': 'name: Sara Malik\njoined: 2026-11-01\nroles: [{ role: member }]\nstatus: active\n' };
    const meetups = Object.fromEntries(
      [2, 3, 4, 5, 6].map((day) => [`labs/lahore/events/meetup-${day}.yaml`, `title: Meetup\nkind: meetup\ndate: 2026-11-0${day}\nattendance: { present: [ayesha-khan] }\n`]),
    );
    const { findings } = await auditJson(networkDir({ ...sara, ...meetups }));
    expect(findings.filter((finding) => finding.rule === 'file-name')).toHaveLength(5);
    expect(findings.filter((finding) => finding.file === 'labs/lahore/members/sara-malik.yaml')).toEqual([]);
    // Named by their dates, the same meetings count, and Sara missed them.
    const named = Object.fromEntries(Object.entries(meetups).map(([path, text]) => [path.replace(/meetup-(\d)/, '2026-11-0$1-meetup'), text]));
    const { findings: counted } = await auditJson(networkDir({ ...sara, ...named }));
    expect(counted.filter((finding) => finding.file === 'labs/lahore/members/sara-malik.yaml').map((finding) => finding.rule)).toEqual(['inactive-member']);
  });
});

describe('human output prints no control characters from file names or values', () => {
  it.each([
    ['a file name', { 'labs/lahore/members/evil\u001b[2J\u0007.yaml': valid }],
    ['a value quoted in a message', { 'labs/lahore/events/2026-11-05-meetup.yaml': 'title: T\nkind: meetup\ndate: 2026-11-05\norganizers: ["x\\e]0;owned\\a"]\n' }],
  ])('%s, in the human and the github formats', async (_name, files) => {
    for (const format of ['human', 'github']) {
      const run = await runCli(['audit', '--format', format], { cwd: networkDir(files) });
      expect(run.status).toBe(1);
      // eslint-disable-next-line no-control-regex -- what must not be printed
      expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(run.stdout).toContain('\\u{1b}');
    }
  });
});
