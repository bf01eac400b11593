const xml = (text) => text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 cannot carry most control characters, even escaped.
    // eslint-disable-next-line no-control-regex -- removing them is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
const where = (finding) => (finding.line === null ? finding.file : `${finding.file}:${finding.line}`);
/**
 * JUnit XML for CI systems that show test results: one test case per checked file, failing
 * when it has errors or warnings, with each finding as `file:line message` in the failure's
 * text. Infos go to the test case's output.
 */
export const formatJunit = ({ findings, checkedFiles }) => {
    const byFile = new Map();
    for (const finding of findings)
        byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
    // The checked files hold every file with a finding (a missing lab.yaml too), so that the
    // tests counted are the files the other formats count.
    const files = checkedFiles;
    let failures = 0;
    const cases = files.map((file) => {
        const own = byFile.get(file) ?? [];
        const failing = own.filter((finding) => finding.severity !== 'info');
        const infos = own.filter((finding) => finding.severity === 'info');
        const open = `    <testcase classname="cil.audit" name="${xml(file)}"`;
        if (own.length === 0)
            return `${open}/>`;
        const lines = [`${open}>`];
        if (failing.length > 0) {
            failures++;
            const text = failing.map((finding) => `${where(finding)} ${finding.severity} ${finding.rule} ${finding.message}`).join('\n');
            const message = failing.length === 1 ? (failing[0]?.message ?? '') : `${failing.length} findings`;
            lines.push(`      <failure message="${xml(message)}" type="${failing[0]?.rule ?? 'cil'}">${xml(text)}</failure>`);
        }
        if (infos.length > 0) {
            lines.push(`      <system-out>${xml(infos.map((finding) => `${where(finding)} info ${finding.rule} ${finding.message}`).join('\n'))}</system-out>`);
        }
        lines.push('    </testcase>');
        return lines.join('\n');
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="cil audit" tests="${files.length}" failures="${failures}">`,
        `  <testsuite name="cil audit" tests="${files.length}" failures="${failures}" errors="0">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
};
