import { Chalk } from 'chalk';
import type { Severity } from '../../audit/types.js';
import type { Formatter } from './types.js';

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * One line per finding, `file:line:col severity rule message` (editors and terminals make
 * the location clickable), a blank line between files, and a summary line.
 */
export const formatHuman: Formatter = ({ findings, summary }, { color }) => {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const paint: Record<Severity, (text: string) => string> = {
    error: chalk.red,
    warning: chalk.yellow,
    info: chalk.blue,
  };
  const lines: string[] = [];
  let previous: string | undefined;
  for (const finding of findings) {
    if (previous !== undefined && previous !== finding.file) lines.push('');
    previous = finding.file;
    const where
      = finding.line === null ? finding.file : `${finding.file}:${finding.line}:${finding.column}`;
    lines.push(
      `${chalk.bold(where)} ${paint[finding.severity](finding.severity)} ${chalk.dim(finding.rule)} ${finding.message}`,
    );
  }
  if (findings.length > 0) lines.push('');
  const checked = plural(summary.files, 'file');
  if (findings.length === 0) {
    lines.push(chalk.green(`No problems found in ${checked} checked.`));
  } else {
    const files = new Set(findings.map((finding) => finding.file)).size;
    const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} and ${plural(summary.infos, 'info')}`;
    const painted
      = summary.errors > 0 ? chalk.red(counts) : summary.warnings > 0 ? chalk.yellow(counts) : counts;
    lines.push(`${painted} in ${files} of ${checked} checked.`);
  }
  return `${lines.join('\n')}\n`;
};
