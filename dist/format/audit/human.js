import { Chalk } from 'chalk';
import { printable } from '../safe-text.js';
import { filesChecked, severityCounts } from './summary.js';
/**
 * One line per finding, `file:line:col severity rule message` (editors and terminals make
 * the location clickable), a blank line between files, and a summary line.
 */
export const formatHuman = (result, { color }) => {
    const { findings, summary } = result;
    const chalk = new Chalk({ level: color ? 1 : 0 });
    const paint = {
        error: chalk.red,
        warning: chalk.yellow,
        info: chalk.blue,
    };
    const lines = [];
    let previous;
    for (const finding of findings) {
        if (previous !== undefined && previous !== finding.file)
            lines.push('');
        previous = finding.file;
        // A file name or record text never moves the cursor or rings the bell.
        const file = printable(finding.file);
        const where = finding.line === null ? file : `${file}:${finding.line}:${finding.column}`;
        lines.push(`${chalk.bold(where)} ${paint[finding.severity](finding.severity)} ${chalk.dim(finding.rule)} ${printable(finding.message)}`);
    }
    if (findings.length > 0)
        lines.push('');
    if (findings.length === 0) {
        lines.push(chalk.green(`No problems found ${filesChecked(result)}.`));
    }
    else {
        const counts = severityCounts(result);
        const painted = summary.errors > 0 ? chalk.red(counts) : summary.warnings > 0 ? chalk.yellow(counts) : counts;
        lines.push(`${painted} ${filesChecked(result)}.`);
    }
    return `${lines.join('\n')}\n`;
};
