/** The record folders inside `labs/<lab>/`, and the kind of record each holds. */
export const RECORD_FOLDERS = {
    members: 'member',
    citizens: 'citizen',
    events: 'event',
    projects: 'project',
    reports: 'report',
};
/** The network's own reports (the annual impact report), at its root. */
export const NETWORK_REPORTS = 'reports';
/** Where GitHub reads code owners from, and `cil codeowners` writes them. */
export const CODEOWNERS = '.github/CODEOWNERS';
const stem = (name, extension) => name.slice(0, -extension.length);
/**
 * Decides what a file is from its path relative to the network root (forward slashes).
 * The path alone decides: `labs/lahore/members/sara-malik.yaml` is a member of lab lahore
 * with id sara-malik, whatever the file holds.
 */
export function classifyPath(path) {
    if (path === 'cil.yaml')
        return { kind: 'config' };
    if (path === CODEOWNERS)
        return { kind: 'codeowners' };
    const parts = path.split('/');
    if (parts[0] === NETWORK_REPORTS && parts.length === 2)
        return networkReport(parts[1]);
    if (path === 'README.md')
        return { kind: 'readme' };
    if (parts[0] !== 'labs')
        return { kind: 'unknown' };
    if (parts.length === 2)
        return { kind: parts[1] === 'README.md' ? 'readme' : 'unknown' };
    const lab = parts[1];
    if (parts.length === 3) {
        if (parts[2] === 'lab.yaml')
            return { kind: 'lab', lab };
        if (parts[2] === 'README.md')
            return { kind: 'readme', lab };
        return { kind: 'unknown', lab };
    }
    const [, , folder, name] = parts;
    const recordKind = folder === undefined ? undefined : RECORD_FOLDERS[folder];
    if (parts.length !== 4 || name === undefined || recordKind === undefined) {
        return { kind: 'unknown', lab };
    }
    if (name.endsWith('.yaml') && name.length > '.yaml'.length) {
        return { kind: recordKind, lab, id: stem(name, '.yaml') };
    }
    if (recordKind === 'report' && name.endsWith('.md') && name.length > '.md'.length) {
        return { kind: 'document', lab, id: stem(name, '.md') };
    }
    return { kind: 'unknown', lab };
}
/** A file of the network's `reports/` folder: an impact report's record or its document. */
function networkReport(name) {
    if (name.endsWith('.yaml') && name.length > '.yaml'.length)
        return { kind: 'impact', id: stem(name, '.yaml') };
    if (name.endsWith('.md') && name.length > '.md'.length)
        return { kind: 'impact-document', id: stem(name, '.md') };
    return { kind: 'unknown' };
}
/** Kinds that hold a YAML record validated against a schema. */
export function isRecordKind(kind) {
    return (kind === 'config'
        || kind === 'lab'
        || kind === 'member'
        || kind === 'citizen'
        || kind === 'event'
        || kind === 'project'
        || kind === 'report'
        || kind === 'impact');
}
