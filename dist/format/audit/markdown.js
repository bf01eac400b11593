import { codeSpan, messageText } from '../safe-text.js';
import { filesChecked, severityCounts } from './summary.js';
/** Rows shown in a pull-request comment before the rest is left to `cil audit`. */
export const MAX_ROWS = 30;
const MARKS = { error: '❌', warning: '⚠️', info: 'ℹ️' };
/**
 * A compact summary for a pull-request comment: counts, then a table of findings. File names
 * and messages come from records, so they are made safe (safe-text.ts): no record can
 * restructure the comment, ping anyone or show an image.
 */
export const formatMarkdown = (result) => {
    const { findings } = result;
    if (findings.length === 0)
        return `### ✅ cil audit: no problems ${filesChecked(result)}\n`;
    const lines = [
        `### cil audit: ${severityCounts(result)} ${filesChecked(result)}`,
        '',
        '| | Where | Rule | What to fix |',
        '| --- | --- | --- | --- |',
        ...findings.slice(0, MAX_ROWS).map((finding) => {
            const where = finding.line === null ? finding.file : `${finding.file}:${finding.line}`;
            return `| ${MARKS[finding.severity]} | ${codeSpan(where, 'table')} | ${finding.rule} | ${messageText(finding.message, 'table')} |`;
        }),
    ];
    if (findings.length > MAX_ROWS)
        lines.push('', `_And ${findings.length - MAX_ROWS} more: run \`cil audit\` to see them all._`);
    return `${lines.join('\n')}\n`;
};
