import { describe, expect, it, vi } from 'vitest';
import { toHtml } from '../helpers/markdown.js';
import { AUDIT_FORMATS, type AuditResult } from '../../src/commands/audit.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/format/audit/github.js';
import { FORMATTERS } from '../../src/format/audit/index.js';
import { formatMarkdown, MAX_ROWS } from '../../src/format/audit/markdown.js';
import { quoted } from '../../src/schema/message-parts.js';

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

describe('the format names', () => {
  it('that --format takes are exactly the formatters there are', () => {
    expect([...AUDIT_FORMATS].sort()).toEqual(Object.keys(FORMATTERS).sort());
  });
});

describe('github annotations', () => {
  it('escape data and properties as the Actions toolkit does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
  });

  it('put each finding on its line, from the repository root', () => {
    expect(formatGithub(result, context).split('\n')).toEqual([
      '::error title=cil schema,file=network/labs/lahore/lab.yaml,line=4,col=10::`founded` must be a real date: 2026-02-30, 100%25 sure%0Asecond line',
      '::error title=cil file-name,file=network/labs/lahore/members/a%2Cb%3Ac.yaml::bad name',
      '::warning title=cil inactive-member,file=network/labs/lahore/members/sara-malik.yaml::Sara <missed> "two" & more',
      '::notice title=cil women-participation,file=network/labs/lahore/lab.yaml::women are 20%25',
      'cil audit: 2 errors, 1 warning and 1 info in 3 of 4 files checked.',
      '',
    ]);
  });

  it('are byte for byte what @actions/core prints for the same findings', async () => {
    const core = await import('@actions/core');
    const tricky: AuditResult = {
      ...result,
      findings: [
        ...result.findings,
        { rule: 'schema', severity: 'error', file: 'labs/100% a,b:c\r\nd.yaml', line: 7, column: null, message: 'CR\rLF\nboth\r\n%0A: a, b; 100%' },
        { rule: 'odd:rule,id%', severity: 'warning', file: 'labs/x.yaml', line: 1, column: 2, message: '::error::not a command' },
        { rule: 'reference', severity: 'info', file: 'labs/%25.yaml', line: null, column: null, message: '' },
      ],
    };
    const printed: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      for (const finding of tricky.findings) {
        const annotate = { error: core.error, warning: core.warning, info: core.notice }[finding.severity];
        annotate(finding.message, {
          title: `cil ${finding.rule}`,
          file: `network/${finding.file}`,
          ...(finding.line === null ? {} : { startLine: finding.line, startColumn: finding.column ?? 1 }),
        });
      }
    } finally {
      write.mockRestore();
    }
    expect(printed).toHaveLength(tricky.findings.length);
    const lines = formatGithub(tricky, context).split('\n').slice(0, tricky.findings.length);
    expect(lines.map((line) => `${line}\n`)).toEqual(printed);
  });
});

describe('Markdown for a pull-request comment', () => {
  it('counts and tabulates the findings, escaping what would break the table', () => {
    const text = formatMarkdown(result, context);
    expect(text.split('\n')[0]).toBe('### cil audit: 2 errors, 1 warning and 1 info in 3 of 4 files checked');
    const html = toHtml(text);
    expect(html).toContain('<td><code>labs/lahore/lab.yaml:4</code></td>\n<td>schema</td>\n<td><code>founded</code> must be a real date: 2026-02-30, 100% sure second line</td>');
    expect(html).toContain('<td><code>labs/lahore/members/sara-malik.yaml</code></td>\n<td>inactive-member</td>\n<td>Sara &lt;missed&gt; &quot;two&quot; &amp; more</td>');
  });

  it('shows quoted values and file names exactly, in cells that stay whole', () => {
    const value = 'KP | <b>x</b> & y';
    const hostile: AuditResult = {
      ...result,
      findings: [
        { rule: 'schema', severity: 'error', file: 'labs/a|b/lab.yaml', line: 3, column: 11, message: `\`province\` must be one of: Sindh; found ${quoted(value)}` },
        { rule: 'schema', severity: 'error', file: 'labs/`x`/lab.yaml', line: null, column: null, message: `\`city\` has the wrong form: ${quoted('a`b\\|c')}` },
      ],
    };
    const html = toHtml(formatMarkdown(hostile, context));
    expect(html).toContain('<td><code>labs/a|b/lab.yaml:3</code></td>\n<td>schema</td>\n<td><code>province</code> must be one of: Sindh; found <code>KP | &lt;b&gt;x&lt;/b&gt; &amp; y</code></td>');
    expect(html).toContain('<td><code>labs/`x`/lab.yaml</code></td>\n<td>schema</td>\n<td><code>city</code> has the wrong form: <code>a`b\\|c</code></td>');
  });

  it('stops after a screenful of rows', () => {
    const many = { ...result, findings: Array.from({ length: MAX_ROWS + 5 }, () => result.findings[0]!) };
    const text = formatMarkdown(many, context);
    expect(text.split('\n').filter((line) => line.startsWith('| ❌')).length).toBe(MAX_ROWS);
    expect(text).toContain('_And 5 more: run `cil audit` to see them all._');
  });

  it('says so when all is well', () => {
    expect(formatMarkdown({ ...result, findings: [], summary: { errors: 0, warnings: 0, infos: 0, files: 4 } }, context)).toBe(
      '### ✅ cil audit: no problems in 4 files checked\n',
    );
  });
});
