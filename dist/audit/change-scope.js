import { classifyPath } from '../network/layout.js';
/** What a change touched within the network repo. */
export function changeScope(change) {
    const scope = { touched: new Set(), files: new Set(), labs: new Set(), kinds: new Set(), outside: false, everything: false };
    for (const file of change.files) {
        const path = change.inNetwork(file.path);
        const from = file.from === undefined ? undefined : change.inNetwork(file.from);
        for (const touched of [path, from]) {
            if (touched === undefined)
                continue;
            scope.touched.add(touched);
            const { lab, kind } = classifyPath(touched);
            scope.kinds.add(kind);
            if (lab === undefined)
                scope.outside = true;
            else
                scope.labs.add(lab);
            if (touched === 'cil.yaml' || touched.startsWith('templates/'))
                scope.everything = true;
        }
        if (path !== undefined && file.status !== 'D')
            scope.files.add(path);
    }
    return scope;
}
/**
 * The findings a change brings: every finding on a path it touched (reviewdog's `file`
 * filter), and any other finding that was not there at the merge base (the new issues a
 * quality gate counts on "new code"). A file the change did not touch reads the same at
 * both, so a finding on it that is still there has the same rule, severity, place and
 * message; only a finding like none before is the change's doing (a handle now shared with a
 * new member, a reference to a record it deleted, a lead it made inactive). A finding whose
 * severity cil.yaml raised counts as new, as it now fails where it did not.
 */
export function newInChange(head, base, scope) {
    const before = new Map();
    for (const finding of base)
        before.set(identity(finding), (before.get(identity(finding)) ?? 0) + 1);
    return head.filter((finding) => {
        if (scope.touched.has(finding.file))
            return true;
        const twins = before.get(identity(finding)) ?? 0;
        if (twins === 0)
            return true;
        before.set(identity(finding), twins - 1);
        return false;
    });
}
const identity = (finding) => [finding.rule, finding.severity, finding.file, finding.line, finding.column, finding.message].join('\0');
