import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertJUnitToCTRFReport } from 'junit-to-ctrf';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';
import type { AuditResult } from '../../src/commands/audit.js';
import { formatJunit } from '../../src/format/audit/junit.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const XSD = fileURLToPath(new URL('../fixtures/jenkins-junit.xsd', import.meta.url));

const result: AuditResult = {
  root: '/repo/network',
  exitCode: 1,
  findings: [
    { rule: 'schema', severity: 'error', file: 'labs/lahore/lab.yaml', line: 4, column: 10, message: '`founded` must be a real date: 2026-02-30' },
    { rule: 'inactive-member', severity: 'warning', file: 'labs/lahore/members/sara-malik.yaml', line: null, column: null, message: 'Sara <missed> "two" & more' },
    { rule: 'women-participation', severity: 'info', file: 'labs/lahore/lab.yaml', line: null, column: null, message: 'women are 20%' },
  ],
  summary: { errors: 1, warnings: 1, infos: 1, files: 3 },
  checkedFiles: ['cil.yaml', 'labs/lahore/lab.yaml', 'labs/lahore/members/sara-malik.yaml'],
};
const context = { color: false, repoPrefix: '', version: '1.2.3' };

// What XML 1.0 cannot hold raw in an attribute (tab, CR, LF: a parser makes them spaces),
// holds only as a reference (DEL, C1 controls), or cannot hold at all (NUL, ESC, a lone surrogate, U+FFFF).
const HOSTILE = 'a\tb\r\nc\u0000d\u001Be\u007Ff\u0085g\uD800h\uFFFFi ]]> & "q"';
const READ_BACK = 'a\tb\r\nc\uFFFDd\uFFFDe\u007Ff\u0085g\uFFFDh\uFFFDi ]]> & "q"';
const hostile: AuditResult = {
  ...result,
  findings: [{ rule: 'schema', severity: 'error', file: 'labs/a\tb.yaml', line: 1, column: 1, message: HOSTILE }],
  checkedFiles: ['labs/a\tb.yaml'],
};

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
// CI installs xmllint (.ci/run); only a developer's machine may lack it.
const needsXmllint = hasXmllint || process.env.CI ? it : it.skip;

/** libxml2's own reading of an XPath string expression on a document. */
const xpath = (file: string, expression: string) => {
  const run = spawnSync('xmllint', ['--xpath', `string(${expression})`, file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  // xmllint ends what it prints with a line break of its own.
  return run.stdout.replace(/\n$/, '');
};

/** A JUnit report as CTRF's converter (the reader behind CTRF's CI reporters) reads it. */
async function readAsCi(xml: string) {
  const file = join(testdir({}), 'junit.xml');
  writeFileSync(file, xml);
  const report = await convertJUnitToCTRFReport(file);
  if (report === null) throw new Error('the converter found no test cases');
  return report.results;
}

describe('JUnit XML', () => {
  const reports: Record<string, string> = {};
  beforeAll(async () => {
    for (const failOn of ['error', 'warning']) {
      const run = await runCli(['audit', '--format', 'junit', '--fail-on', failOn], { cwd: examples });
      expect(run.status).toBe(failOn === 'error' ? 0 : 1);
      reports[failOn] = run.stdout;
    }
  });

  it('fails a file only on findings at or above --fail-on; the others are its output', () => {
    expect(formatJunit(result, context)).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="cil audit" tests="3" failures="1" errors="0">
        <testsuite name="cil audit" tests="3" failures="1" errors="0">
          <properties>
            <property name="fail-on" value="error"/>
            <property name="errors" value="1"/>
            <property name="warnings" value="1"/>
            <property name="infos" value="1"/>
          </properties>
          <testcase classname="cil.audit" name="cil.yaml"/>
          <testcase classname="cil.audit" name="labs/lahore/lab.yaml">
            <failure message="\`founded\` must be a real date: 2026-02-30" type="schema">labs/lahore/lab.yaml:4 error schema \`founded\` must be a real date: 2026-02-30</failure>
            <system-out>labs/lahore/lab.yaml info women-participation women are 20%</system-out>
          </testcase>
          <testcase classname="cil.audit" name="labs/lahore/members/sara-malik.yaml">
            <system-out>labs/lahore/members/sara-malik.yaml warning inactive-member Sara &lt;missed&gt; "two" &amp; more</system-out>
          </testcase>
        </testsuite>
      </testsuites>
      "
    `);
    const strict = formatJunit(result, { ...context, failOn: 'warning' });
    expect(strict).toContain('<testsuites name="cil audit" tests="3" failures="2" errors="0">');
    expect(strict).toContain(
      '<failure message="Sara &lt;missed&gt; &quot;two&quot; &amp; more" type="inactive-member">labs/lahore/members/sara-malik.yaml warning',
    );
  });

  it('reports the example network (two warnings, an info, exit 0) with no failure, and two with --fail-on warning', async () => {
    expect(reports.error).toContain('<testsuites name="cil audit" tests="164" failures="0" errors="0">');
    expect(reports.warning).toContain('<testsuites name="cil audit" tests="164" failures="2" errors="0">');
    const passing = await readAsCi(reports.error ?? '');
    expect(passing.summary).toMatchObject({ tests: 164, passed: 164, failed: 0 });
    // The findings that do not fail are still there to read.
    expect(passing.tests.find((test) => test.name === 'labs/quetta/members/jalal-achakzai.yaml')?.stdout?.join('\n')).toContain(
      'warning inactive-member Jalal Achakzai',
    );
    const failing = await readAsCi(reports.warning ?? '');
    expect(failing.summary).toMatchObject({ tests: 164, passed: 162, failed: 2 });
    expect(failing.tests.filter((test) => test.status === 'failed').map((test) => test.name)).toEqual([
      'labs/quetta/members/jalal-achakzai.yaml',
      'labs/quetta/reports/2026-10-monthly.yaml',
    ]);
  });

  it('gives a CI reader the message as it was, less what XML cannot carry', async () => {
    const [test] = (await readAsCi(formatJunit(hostile, context))).tests;
    expect(test?.name).toBe('labs/a\tb.yaml');
    // The converter itself turns DEL into a space, as it does for every control character.
    expect(test?.message).toBe(READ_BACK.replace('\u007F', ' '));
  });

  needsXmllint('keeps tabs and line breaks in attributes, and replaces what XML 1.0 forbids (libxml2)', () => {
    const file = join(testdir({}), 'hostile.xml');
    writeFileSync(file, formatJunit(hostile, context));
    expect(xpath(file, '//failure/@message')).toBe(READ_BACK);
    expect(xpath(file, '//testcase/@name')).toBe('labs/a\tb.yaml');
    expect(xpath(file, '//failure')).toBe(`labs/a\tb.yaml:1 error schema ${READ_BACK}`);
  });

  needsXmllint('is valid by the Jenkins JUnit schema (xmllint --schema)', () => {
    const dir = testdir({});
    const files = Object.entries({ ...reports, result: formatJunit(result, { ...context, failOn: 'warning' }), hostile: formatJunit(hostile, context) }).map(
      ([name, xml]) => {
        const file = join(dir, `${name}.xml`);
        writeFileSync(file, xml);
        return file;
      },
    );
    const run = spawnSync('xmllint', ['--noout', '--schema', XSD, ...files], { encoding: 'utf8' });
    expect(run.stderr.trim().split('\n')).toEqual(files.map((file) => `${file} validates`));
    expect(run.status).toBe(0);
    // The check has teeth: a failure after the test case's output breaks the schema's order.
    writeFileSync(files[0] ?? '', (reports.warning ?? '').replace(/(<failure[^]*?<\/failure>)/, '<system-out>x</system-out>$1'));
    expect(spawnSync('xmllint', ['--noout', '--schema', XSD, files[0] ?? ''], { encoding: 'utf8' }).status).not.toBe(0);
  });
});
