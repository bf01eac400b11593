export const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** `2 errors, 1 warning and 0 infos`: the counts every format's summary gives. */
export const severityCounts = ({ summary }) => `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} and ${plural(summary.infos, 'info')}`;
/**
 * `in 3 of 12 files checked` (`in 12 files checked` with nothing found): the files with
 * findings among those checked. The audit counts every file with a finding as checked, so
 * the first number never passes the second.
 */
export function filesChecked({ findings, summary }) {
    const checked = plural(summary.files, 'file');
    return findings.length === 0 ? `in ${checked} checked` : `in ${new Set(findings.map((finding) => finding.file)).size} of ${checked} checked`;
}
