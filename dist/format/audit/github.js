import { printable } from '../safe-text.js';
import { filesChecked, severityCounts } from './summary.js';
import { fromRepoRoot } from './types.js';
const LEVELS = { error: 'error', warning: 'warning', info: 'notice' };
// GitHub's workflow command escaping, as @actions/core does it: data escapes %, CR and LF;
// properties also escape `:` and `,`, which separate them.
export const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * GitHub Actions annotations: one workflow command per finding, so that each shows on its
 * line in the pull request. File paths are from the repository root, also when the network
 * lives in a subfolder. A plain summary line follows.
 */
export const formatGithub = (result, { repoPrefix }) => {
    const lines = result.findings.map((finding) => {
        // A control character in a file name or record text would be printed into CI's log as it is.
        const properties = [`file=${escapeProperty(printable(fromRepoRoot(finding.file, repoPrefix)))}`];
        if (finding.line !== null)
            properties.push(`line=${finding.line}`, `col=${finding.column ?? 1}`);
        properties.push(`title=${escapeProperty(`cil ${finding.rule}`)}`);
        return `::${LEVELS[finding.severity]} ${properties.join(',')}::${escapeData(printable(finding.message))}`;
    });
    lines.push(`cil audit: ${severityCounts(result)} ${filesChecked(result)}.`);
    return `${lines.join('\n')}\n`;
};
