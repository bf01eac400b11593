import { classifyPath } from '../network/layout.js';
const changedKeys = (before, after) => {
    const a = (before ?? {});
    const b = (after ?? {});
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
};
/**
 * The change told as a story per lab: who joined, was warned, offboarded or reinstated;
 * events recorded; projects added and their status changes; reports submitted; and the
 * changes outside labs that the core team must decide on.
 */
export function tellStory(files) {
    const labs = new Map();
    const network = [];
    for (const file of files) {
        const { kind, lab } = classifyPath(file.path);
        if (lab === undefined || kind === 'unknown') {
            network.push({ path: file.path, status: file.status, ...(file.from ? { from: file.from } : {}) });
            continue;
        }
        let story = labs.get(lab);
        if (!story)
            labs.set(lab, (story = { lab, events: [], documents: [] }));
        if (kind === 'document')
            story.documents.push(file.path);
        else
            story.events.push(eventOf(kind, file));
    }
    return { labs: [...labs.values()].sort((a, b) => a.lab.localeCompare(b.lab)), network };
}
function eventOf(kind, file) {
    const { path } = file;
    if (file.status === 'deleted') {
        const named = file.before;
        return { path, kind: 'removed', record: kind, name: named?.name ?? named?.title };
    }
    if (file.status === 'renamed')
        return { path, kind: 'renamed', from: file.from ?? path };
    if (file.after === undefined && kind !== 'report' && kind !== 'lab')
        return { path, kind: 'file', record: kind, status: file.status };
    switch (kind) {
        case 'member':
            return memberEvent(path, file.before, file.after, file.status);
        case 'event': {
            const event = file.after;
            return file.status === 'added' ? { path, kind: 'event-recorded', event } : { path, kind: 'event-changed', event, fields: changedKeys(file.before, event) };
        }
        case 'project': {
            const before = file.before;
            const after = file.after;
            if (file.status === 'added')
                return { path, kind: 'project-added', name: after.name, status: after.status };
            const status = before && before.status !== after.status ? { from: before.status, to: after.status } : undefined;
            return { path, kind: 'project-changed', name: after.name, status, fields: changedKeys(before, after).filter((key) => key !== 'status') };
        }
        case 'report': {
            const report = file.after;
            const document = path.replace(/\.yaml$/, '.md');
            const about = report ? { kind: report.kind, period: String(report.period ?? report.project ?? '') } : undefined;
            return { path, kind: file.status === 'added' ? 'report-submitted' : 'report-changed', report: about, document };
        }
        case 'lab': {
            const lab = file.after;
            if (file.status === 'added')
                return { path, kind: 'lab-registered', name: lab?.name, city: lab?.city, province: lab?.province };
            return { path, kind: 'lab-changed', fields: changedKeys(file.before, file.after) };
        }
        default:
            return { path, kind: 'file', record: kind, status: file.status };
    }
}
function memberEvent(path, before, after, status) {
    if (status === 'added' || !before)
        return { path, kind: 'member-joined', name: after.name, roles: after.roles.map((role) => role.role), joined: after.joined };
    const change = {
        warned: (after.warnings ?? []).slice((before.warnings ?? []).length),
        fields: changedKeys(before, after).filter((key) => !['warnings', 'status', 'offboarded', 'reinstated'].includes(key)),
    };
    if (before.status !== after.status) {
        if (after.status === 'offboarded')
            change.offboarded = { date: after.offboarded?.date, reason: after.offboarded?.reason };
        else if (after.status === 'active' && before.status === 'offboarded')
            change.reinstated = { terms: after.reinstated?.at(-1)?.terms };
        else
            change.status = { from: before.status, to: after.status };
    }
    return { path, kind: 'member-changed', name: after.name, ...change };
}
