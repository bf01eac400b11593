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
 * line in the pull request; byte for byte what `@actions/core`'s `error`, `warning` and
 * `notice` print for it (a test compares them). File paths are from the repository root, also
 * when the network lives in a subfolder. A plain summary line follows.
 */
export const formatGithub = (result, { repoPrefix }) => {
    const lines = result.findings.map((finding) => {
        // Properties in the toolkit's order (title, file, line, col), so the line is the one it writes.
        const properties = [`title=${escapeProperty(`cil ${finding.rule}`)}`, `file=${escapeProperty(fromRepoRoot(finding.file, repoPrefix))}`];
        if (finding.line !== null)
            properties.push(`line=${finding.line}`, `col=${finding.column ?? 1}`);
        // The toolkit escapes CR and LF; any other control character in a file name or record
        // text would be printed into CI's log as it is, so it is shown instead (`\u{1b}`).
        return printable(`::${LEVELS[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`);
    });
    lines.push(`cil audit: ${severityCounts(result)} ${filesChecked(result)}.`);
    return `${lines.join('\n')}\n`;
};
