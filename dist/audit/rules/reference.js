import { closestMatch } from '../../text/closest.js';
import { isSlug } from '../../text/slug.js';
/** An id and where it is; the path is built only when a finding needs it (ids are many). */
class IdAt {
    id;
    base;
    index;
    field;
    anchor;
    constructor(id, base, index, field, 
    /** Where the id is written: a value, or the key of a mapping (a monthly update's `hours`). */
    anchor = 'value') {
        this.id = id;
        this.base = base;
        this.index = index;
        this.field = field;
        this.anchor = anchor;
    }
    get path() {
        if (this.index === undefined)
            return this.base;
        return this.field === undefined ? [...this.base, this.index] : [...this.base, this.index, this.field];
    }
}
/**
 * Every id a record mentions resolves: members and partners within the same lab, labs
 * across the network. Records with other problems are still checked, as far as their
 * shape allows; values that are not ids at all are the `schema` rule's to report.
 */
export const reference = {
    id: 'reference',
    name: 'ReferencedIdExists',
    description: 'Every id a record mentions exists: leads, organizers, attendance, teams, authors and the members whose hours a monthly update reports are members of the lab, partners are in lab.yaml, the citizens met are the lab\'s citizens and `met_at` one of its events, redeployments name labs, projects of reports exist; a GitHub handle names one member of a lab.',
    severity: 'error',
    help: {
        why: 'Records point at each other by id. A misspelt member at an event counts nobody, so the member looks inactive and the reports leave them out; a missing partner or project breaks the reports that name it.',
        fix: 'Correct the id to one that exists (the message suggests the closest), or add the record it means (`cil member add`, `cil partner add`).',
        example: {
            file: 'labs/peshawar/events/2026-11-07-prototype-meetup.yaml',
            yaml: 'title: "Meetup: paper prototype of the budget explorer"\nkind: meetup\ndate: 2026-11-07\nvenue: Durshal Peshawar\norganizers: [bilal-ahmd]\n',
            finding: 'labs/peshawar/events/2026-11-07-prototype-meetup.yaml:5:14 error reference `bilal-ahmd` is not a member of lab peshawar; did you mean `bilal-ahmed`?',
        },
    },
    reads: 'lab',
    check({ network, report }) {
        for (const lab of network.labs.values()) {
            const partners = partnerIds(lab, report);
            const members = (file, ids) => expect(file, ids, lab.members, `a member of lab ${lab.id}`, (id) => `add ${lab.dir}/members/${id}.yaml`, report);
            const partnersOf = (file, ids) => expect(file, ids, partners, `a partner of lab ${lab.id}`, () => `add the partner to ${lab.dir}/lab.yaml`, report);
            if (lab.lab)
                members(lab.lab, idsAt(lab.lab.data, ['leads']));
            for (const event of lab.events.values()) {
                members(event, [
                    ...idsAt(event.data, ['organizers']),
                    ...idsAt(event.data, ['attendance', 'present']),
                    ...idsAt(event.data, ['attendance', 'excused']),
                ]);
                partnersOf(event, idsAt(event.data, ['partners']));
                expect(event, idsAt(event.data, ['citizens_met']), lab.citizens, `a citizen of lab ${lab.id}`, (id) => `add ${lab.dir}/citizens/${id}.yaml`, report);
                presentAndExcused(event, report);
            }
            for (const citizen of lab.citizens.values()) {
                expect(citizen, idsAt(citizen.data, ['met_at']), lab.events, `an event of lab ${lab.id}`, () => `record the event in ${lab.dir}/events/`, report);
            }
            for (const project of lab.projects.values()) {
                members(project, idsIn(project.data, 'team', 'member'));
                partnersOf(project, idsAt(project.data, ['partner']));
                expect(project, idsIn(project.data, 'redeployments', 'lab'), network.labIds, 'a lab of this network', () => 'use the id of a folder in labs/', report);
            }
            for (const file of lab.reports.values()) {
                members(file, [...idsAt(file.data, ['authors']), ...keysAt(file.data, 'hours')]);
                expect(file, idsAt(file.data, ['project']), lab.projects, `a project of lab ${lab.id}`, (id) => `add ${lab.dir}/projects/${id}.yaml`, report);
            }
            sharedGithubHandles(lab, report);
        }
    },
};
function expect(file, ids, known, what, orAdd, report) {
    for (const at of ids) {
        const id = at.id;
        if (known.has(id))
            continue;
        const match = closestMatch(id, [...known.keys()]);
        const fix = match !== undefined ? `did you mean \`${match}\`?` : `correct the id, or ${orAdd(id)}`;
        report({ file: file.path, path: at.path, anchor: at.anchor, message: `\`${id}\` is not ${what}; ${fix}` });
    }
}
/** The partner ids of a lab's lab.yaml, reporting any id used twice. */
function partnerIds(lab, report) {
    const ids = new Set();
    if (!lab.lab)
        return ids;
    for (const at of idsIn(lab.lab.data, 'partners', 'id')) {
        const id = at.id;
        if (ids.has(id)) {
            report({
                file: lab.lab.path,
                path: at.path,
                anchor: 'value',
                message: `partner id \`${id}\` is used twice; give each partner its own id`,
            });
        }
        ids.add(id);
    }
    return ids;
}
function presentAndExcused(event, report) {
    const present = new Set(idsAt(event.data, ['attendance', 'present']).map(({ id }) => id));
    for (const at of idsAt(event.data, ['attendance', 'excused'])) {
        const id = at.id;
        if (present.has(id)) {
            report({
                file: event.path,
                path: at.path,
                anchor: 'value',
                message: `\`${id}\` is listed both as present and as excused; keep the one that is true`,
            });
        }
    }
}
/** A GitHub handle decides what a person may approve, so within a lab it names one member. */
function sharedGithubHandles(lab, report) {
    const owners = new Map();
    for (const member of lab.members.values()) {
        const handle = member.data?.github;
        if (typeof handle !== 'string')
            continue;
        const owner = owners.get(handle.toLowerCase());
        if (owner === undefined) {
            owners.set(handle.toLowerCase(), member.path);
            continue;
        }
        report({
            file: member.path,
            path: ['github'],
            anchor: 'value',
            message: `GitHub handle \`${handle}\` is also given in ${owner}; keep one member record per person`,
        });
    }
}
/** The ids at a path: a single id or a list of them. Values that are not ids are skipped. */
function idsAt(data, path) {
    let value = data;
    for (const key of path) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            return [];
        value = Object.hasOwn(value, key) ? value[key] : undefined;
    }
    if (isSlug(value))
        return [new IdAt(value, path)];
    if (!Array.isArray(value))
        return [];
    const ids = [];
    value.forEach((item, index) => {
        if (isSlug(item))
            ids.push(new IdAt(item, path, index));
    });
    return ids;
}
/** The ids that are the keys of a mapping: a monthly update's `hours`, by member. */
function keysAt(data, field) {
    const mapping = data !== null && typeof data === 'object' && Object.hasOwn(data, field) ? data[field] : undefined;
    if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping))
        return [];
    return Object.keys(mapping).filter(isSlug).map((id) => new IdAt(id, [field, id], undefined, undefined, 'key'));
}
/** The ids in one field of each item of a list: `team[].member`. */
function idsIn(data, list, field) {
    const items = data !== null && typeof data === 'object' && Object.hasOwn(data, list)
        ? data[list]
        : undefined;
    if (!Array.isArray(items))
        return [];
    return items.flatMap((item, index) => idsAt(item, [field]).map(({ id }) => new IdAt(id, [list], index, field)));
}
