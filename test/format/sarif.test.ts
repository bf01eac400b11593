import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it-15';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';
import { renderRulesDoc, ruleHelpUri, RULES_DOC } from '../../src/audit/rule-docs.js';
import { RULES } from '../../src/audit/rules/index.js';
import type { AuditResult } from '../../src/commands/audit.js';
import { formatSarif } from '../../src/format/audit/sarif.js';

const root = new URL('../../', import.meta.url);
const examples = fileURLToPath(new URL('examples/', root));

const result: AuditResult = {
  root: '/repo/network',
  exitCode: 1,
  findings: [
    { rule: 'schema', severity: 'error', file: 'labs/lahore/lab.yaml', line: 4, column: 10, message: '`founded` must be a real date: 2026-02-30, 100% sure\nsecond line' },
    { rule: 'file-name', severity: 'error', file: 'labs/lahore/members/a,b:c.yaml', line: null, column: null, message: 'bad name' },
    { rule: 'inactive-member', severity: 'warning', file: 'labs/lahore/members/sara-malik.yaml', line: null, column: null, message: 'Sara <missed> "two" & more' },
    { rule: 'women-participation', severity: 'info', file: 'labs/lahore/lab.yaml', line: null, column: null, message: 'women are 20%' },
  ],
  summary: { errors: 2, warnings: 1, infos: 1, files: 4 },
  checkedFiles: ['cil.yaml', 'labs/lahore/lab.yaml', 'labs/lahore/members/a,b:c.yaml', 'labs/lahore/members/sara-malik.yaml'],
};
const context = { color: false, repoPrefix: 'network', version: '1.2.3' };

// SARIF's schema is draft-04, which ajv reads with ajv-draft-04 (CommonJS, loaded as such).
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as new (options: object) => import('ajv').default;
const addFormats = require('ajv-formats') as (ajv: unknown) => void;

describe('SARIF', () => {
  const log = JSON.parse(formatSarif(result, context));

  it('is a valid SARIF 2.1.0 log, by the standard\'s own schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The check has teeth: a level SARIF does not know is refused.
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'fatal' }] }] })).toBe(false);
  });

  it('describes every rule of the audit, with stable ids', () => {
    const rules = log.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string } }[];
    expect(rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(rules.every((rule) => rule.shortDescription.text.length > 0)).toBe(true);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'cil', version: '1.2.3' });
  });

  it('places each result in its file and region', () => {
    expect(log.runs[0].results[0]).toEqual({
      ruleId: 'schema',
      ruleIndex: RULES.findIndex((rule) => rule.id === 'schema'),
      level: 'error',
      message: { text: result.findings[0]?.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'network/labs/lahore/lab.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 10 } } }],
    });
    expect(log.runs[0].results.map((entry: { level: string }) => entry.level)).toEqual(['error', 'error', 'warning', 'note']);
  });

  it('carries the summary the other formats print', () => {
    expect(log.runs[0].properties).toEqual({ summary: { errors: 2, warnings: 1, infos: 1, files: 4 } });
  });
});

describe('SARIF for GitHub code scanning', () => {
  const log = JSON.parse(formatSarif(result, context)) as Log;
  const rules = log.runs[0]?.tool.driver.rules ?? [];

  it('gives every rule a PascalCase name, a full description, help in text and Markdown, and a link to its docs', () => {
    expect(rules.find((rule) => rule.id === 'inactive-member')).toMatchObject({
      name: 'InactiveMember',
      fullDescription: { text: expect.stringContaining('formal warning') },
      help: { text: expect.stringContaining('How to fix: '), markdown: expect.stringContaining('**How to fix.**') },
      helpUri: `${RULES_DOC}#inactive-member`,
    });
    for (const rule of rules) {
      expect(rule.name).toMatch(/^(?:[A-Z][a-z0-9]*)+$/);
      // SARIF wants a name that says more than the id, compared without case.
      expect(rule.name?.toLowerCase()).not.toBe(rule.id.toLowerCase());
      expect(rule.fullDescription?.text.length).toBeGreaterThan(rule.shortDescription?.text.length ?? 0);
      expect(rule.help?.text).toMatch(/What it checks: [^]+Why: [^]+How to fix: [^]+Example:[^]+cil audit prints: /);
    }
    expect(log.runs[0]?.automationDetails).toEqual({ id: 'cil-audit/' });
  });

  it('help in Markdown renders with its example as code', () => {
    const html = new MarkdownIt().render(rules.find((rule) => rule.id === 'reference')?.help?.markdown ?? '');
    expect(html).toContain('<pre><code class="language-yaml">title: &quot;Meetup: paper prototype of the budget explorer&quot;\nkind: meetup');
    expect(html).toContain('error reference `bilal-ahmd` is not a member of lab peshawar');
  });

  it('links each rule to its own heading in docs/rules.md, which is made from the rules', () => {
    const doc = readFileSync(new URL('docs/rules.md', root), 'utf8');
    expect(doc, 'docs/rules.md is stale: run `npm run docs:rules`').toBe(renderRulesDoc(RULES));
    const headings = new Set([...doc.matchAll(/^## (.+)$/gm)].map((match) => match[1]));
    for (const rule of RULES) {
      expect(headings).toContain(rule.id);
      expect(ruleHelpUri(rule)).toBe(`${RULES_DOC}#${rule.id}`);
    }
  });

  it('each rule\'s example is a finding of that rule, on the record it shows', () => {
    for (const rule of RULES) {
      const { file, yaml, finding } = rule.help.example;
      const [, where, severity, id] = /^(\S+) (error|warning|info) (\S+) /.exec(finding) ?? [];
      expect(id, finding).toBe(rule.id);
      expect(['error', 'warning', 'info']).toContain(severity);
      if (file !== undefined) expect(where?.split(':')[0]).toBe(file);
      // A finding on a record shown points at a line of it.
      if (yaml !== undefined) {
        const [, line, column] = where?.split(':').map(Number) ?? [];
        expect(yaml.split('\n')[(line ?? 0) - 1]?.length).toBeGreaterThanOrEqual(column ?? 0);
      }
    }
  });

  // Microsoft's SARIF validator, with GitHub code scanning's rules (Gh) and SARIF's own
  // (Sarif), run once on three logs: the example network's, findings of every shape, and one
  // in the old form (no help, names equal to ids) that must fail, so that the check has teeth.
  it('passes the SARIF multitool with the GitHub rules: no error, no warning', async () => {
    const dir = testdir({});
    const run = await runCli(['audit', '--format', 'sarif'], { cwd: examples });
    const old = JSON.parse(formatSarif(result, context)) as Log;
    for (const rule of old.runs[0]?.tool.driver.rules ?? []) {
      delete rule.help;
      delete rule.fullDescription;
      rule.name = rule.id;
    }
    const logs = { 'examples.sarif': run.stdout, 'findings.sarif': formatSarif(result, context), 'old.sarif': JSON.stringify(old) };
    for (const [name, text] of Object.entries(logs)) writeFileSync(join(dir, name), text);
    const closed = 'http://127.0.0.1:9';
    const noWayOut = { http_proxy: closed, https_proxy: closed, HTTP_PROXY: closed, HTTPS_PROXY: closed, no_proxy: '', NO_PROXY: '' };
    const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    const output = join(dir, 'validation.sarif');
    // Files come before --rule-kind, whose list would otherwise swallow them.
    const validate = spawnSync(multitool, ['validate', ...Object.keys(logs).map((name) => join(dir, name)), '--rule-kind', 'Gh;Sarif', '-o', output], {
      encoding: 'utf8',
      // Its one rule that goes on the web (SARIF2006, URIs should be reachable) gives notes,
      // which are not counted here; offline it waited seconds on DNS. Through a proxy where
      // nothing listens its requests fail at once.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', ...noWayOut },
      timeout: 120_000,
    });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    const found = (JSON.parse(readFileSync(output, 'utf8')) as Log).runs[0]?.results ?? [];
    const complaints = found
      .filter((entry) => entry.level === 'error' || entry.level === 'warning' || entry.level === undefined)
      .map((entry) => ({ file: entry.locations?.[0]?.physicalLocation?.artifactLocation?.uri?.split('/').pop(), rule: entry.ruleId, text: entry.message.text }));
    expect(complaints.filter((entry) => entry.file !== 'old.sarif')).toEqual([]);
    expect(new Set(complaints.map((entry) => entry.rule))).toEqual(new Set(['GH2012', 'SARIF1001']));
  }, 180_000);
});
