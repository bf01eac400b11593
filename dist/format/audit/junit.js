import { failsOn } from '../../commands/audit.js';
/** A code point as a character reference. */
const reference = (character) => `&#x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;
/**
 * Text for XML 1.0. The characters it forbids even as references (most C0 controls, lone
 * surrogates, U+FFFE and U+FFFF) become U+FFFD, so that the report stays well-formed and
 * shows that something was there; the other control characters (DEL, C1) are written as
 * references, so that a reader sees them.
 */
const xmlText = (text) => text
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry are the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // A parser turns a raw CR (and CRLF) into LF: as a reference it stays.
    .replace(/[\r\u007F-\u009F]/g, reference);
/** An attribute's value: also its quote, and the tab and LF that a parser would turn into spaces. */
const xmlAttribute = (text) => xmlText(text).replace(/"/g, '&quot;').replace(/[\t\n]/g, reference);
const where = (finding) => (finding.line === null ? finding.file : `${finding.file}:${finding.line}`);
const line = (finding) => `${where(finding)} ${finding.severity} ${finding.rule} ${finding.message}`;
/**
 * JUnit XML for CI systems that show test results: one test case per checked file, failing
 * when it has findings at or above `--fail-on`, as the exit code does, with each of them as
 * `file:line severity rule message` in the failure's text. The file's other findings go to
 * the test case's output, where they inform without turning the check red. The suite's
 * properties say the threshold and the counts.
 */
export const formatJunit = ({ findings, checkedFiles, summary }, { failOn = 'error' }) => {
    const byFile = new Map();
    for (const finding of findings)
        byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
    // The checked files hold every file with a finding (a missing lab.yaml too), so that the
    // tests counted are the files the other formats count.
    const files = checkedFiles;
    let failures = 0;
    const cases = files.map((file) => {
        const own = byFile.get(file) ?? [];
        const failing = own.filter((finding) => failsOn(finding.severity, failOn));
        const passing = own.filter((finding) => !failsOn(finding.severity, failOn));
        const open = `    <testcase classname="cil.audit" name="${xmlAttribute(file)}"`;
        if (own.length === 0)
            return `${open}/>`;
        const lines = [`${open}>`];
        if (failing.length > 0) {
            failures++;
            const message = failing.length === 1 ? (failing[0]?.message ?? '') : `${failing.length} findings`;
            const type = failing[0]?.rule ?? 'cil';
            lines.push(`      <failure message="${xmlAttribute(message)}" type="${xmlAttribute(type)}">${xmlText(failing.map(line).join('\n'))}</failure>`);
        }
        if (passing.length > 0)
            lines.push(`      <system-out>${xmlText(passing.map(line).join('\n'))}</system-out>`);
        lines.push('    </testcase>');
        return lines.join('\n');
    });
    const properties = [
        ['fail-on', failOn],
        ['errors', summary.errors],
        ['warnings', summary.warnings],
        ['infos', summary.infos],
    ];
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="cil audit" tests="${files.length}" failures="${failures}" errors="0">`,
        `  <testsuite name="cil audit" tests="${files.length}" failures="${failures}" errors="0">`,
        '    <properties>',
        ...properties.map(([name, value]) => `      <property name="${name}" value="${value}"/>`),
        '    </properties>',
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
};
