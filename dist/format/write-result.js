import { createTwoFilesPatch } from 'diff';
import { classifyPath } from '../network/layout.js';
/**
 * What a writing command tells the user: the files it wrote, the commit, what to do next;
 * with `--dry-run`, each file it would write as a unified diff; with `--format json`, the
 * same for scripts: paths with the record each holds, the commit, the notes.
 */
export function formatWriteResult(result, next, format = 'human') {
    if (format === 'json') {
        const records = result.written.map((path) => {
            const { kind, lab, id } = classifyPath(path);
            return { path, kind, ...(lab === undefined ? {} : { lab }), ...(id === undefined ? {} : { id }) };
        });
        const { commit = null, notes, removed = [] } = result;
        const json = { dryRun: result.dryRun !== undefined, written: records, removed, commit, notes, next: next ?? null };
        return `${JSON.stringify(result.dryRun ? { ...json, diff: result.dryRun.map(diffOf).join('') } : json, null, 2)}\n`;
    }
    if (result.dryRun) {
        const count = (n) => `${n} file${n === 1 ? '' : 's'}`;
        const removing = result.removed?.length ? ` and remove ${count(result.removed.length)}` : '';
        const would = `Would write ${count(result.written.length)}${removing}; nothing was written (--dry-run).`;
        return `${result.dryRun.map(diffOf).join('')}${[...result.notes, would].join('\n')}\n`;
    }
    const lines = [...result.written.map((path) => `Wrote ${path}`), ...(result.removed ?? []).map((path) => `Removed ${path}`)];
    if (result.commit)
        lines.push(`Committed ${result.commit.id}: ${result.commit.message}`);
    lines.push(...result.notes);
    if (next)
        lines.push(next);
    return `${lines.join('\n')}\n`;
}
/** A file's change as a unified diff, as git shows it (a new file from /dev/null). */
function diffOf({ path, before, after }) {
    const [from, to] = [before === undefined ? '/dev/null' : `a/${path}`, after === undefined ? '/dev/null' : `b/${path}`];
    const patch = createTwoFilesPatch(from, to, before ?? '', after ?? '', undefined, undefined, { context: 3 });
    // The first line (`===...`) is jsdiff's own; git's diff starts with the file names.
    return patch.replace(/^=+\n/, '');
}
