import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/commands/audit.js';
import { formatHuman } from '../../src/format/audit/human.js';
import { formatJson } from '../../src/format/audit/json.js';

const result: AuditResult = {
  root: '/network',
  exitCode: 1,
  findings: [
    {
      rule: 'schema',
      severity: 'error',
      file: 'labs/lahore/lab.yaml',
      line: 4,
      column: 10,
      message: '`founded` must be a real date',
    },
    {
      rule: 'reference',
      severity: 'warning',
      file: 'labs/lahore/lab.yaml',
      line: 6,
      column: 22,
      message: '`nobody` is not a member of lab lahore',
    },
    {
      rule: 'file-name',
      severity: 'error',
      file: 'labs/lahore/members/evil.yaml',
      line: null,
      column: null,
      message: 'this is a symbolic link',
    },
    {
      rule: 'women-participation',
      severity: 'info',
      file: 'labs/quetta/lab.yaml',
      line: 1,
      column: 1,
      message: 'women are 10% of members',
    },
  ],
  summary: { errors: 2, warnings: 1, infos: 1, files: 12 },
  checkedFiles: ['labs/lahore/lab.yaml', 'labs/lahore/members/evil.yaml', 'labs/quetta/lab.yaml'],
};
const clean: AuditResult = {
  root: '/network',
  exitCode: 0,
  findings: [],
  summary: { errors: 0, warnings: 0, infos: 0, files: 12 },
  checkedFiles: [],
};

describe('human format', () => {
  it('prints one line per finding, files apart, and a summary', () => {
    expect(formatHuman(result, { color: false, repoPrefix: '', version: '1.0.0' })).toMatchInlineSnapshot(`
      "labs/lahore/lab.yaml:4:10 error schema \`founded\` must be a real date
      labs/lahore/lab.yaml:6:22 warning reference \`nobody\` is not a member of lab lahore

      labs/lahore/members/evil.yaml error file-name this is a symbolic link

      labs/quetta/lab.yaml:1:1 info women-participation women are 10% of members

      2 errors, 1 warning and 1 info in 3 of 12 files checked.
      "
    `);
  });

  it('says when nothing is wrong', () => {
    expect(formatHuman(clean, { color: false, repoPrefix: '', version: '1.0.0' })).toBe('No problems found in 12 files checked.\n');
  });

  it('colours severities only when asked', () => {
    expect(formatHuman(result, { color: true, repoPrefix: '', version: '1.0.0' })).toContain('\u001b[31merror\u001b[39m');
    expect(formatHuman(result, { color: false, repoPrefix: '', version: '1.0.0' })).not.toContain('\u001b[');
  });
});

describe('json format', () => {
  it('has the shape the README documents', () => {
    expect(JSON.parse(formatJson(result, { color: false, repoPrefix: '', version: '1.0.0' }))).toEqual({
      findings: result.findings,
      summary: { errors: 2, warnings: 1, infos: 1, files: 12 },
    });
    expect(Object.keys(JSON.parse(formatJson(result, { color: false, repoPrefix: '', version: '1.0.0' })).findings[0])).toEqual([
      'rule',
      'severity',
      'file',
      'line',
      'column',
      'message',
    ]);
  });
});
