import { isMap, isSeq } from 'yaml';
import { argument, choice, text, textAmong, texts } from '../prompt/fields.js';
import { editing, sameValue } from '../prompt/edit-fields.js';
import { bySchema, dateField, enumChoices, givenList, knownPartners, partnerChoices } from '../prompt/record-fields.js';
import { propertyOrder } from '../schema/property-order.js';
import { editYaml } from '../write/edit-record.js';
import { openLab, recordToEdit } from '../write/open-lab.js';
import { appendInOrder, removeKey, replaceInOrder, setEdited } from '../write/record-keys.js';
import { writingCommand } from '../write/writing-command.js';
import { kpiUpdatesProblem, newKpisProblem, parseKpiUpdate, parseNewKpi, parseTeamEntry, teamProblem } from './project-edit-values.js';
const CLOSING = ['closed', 'handed-over', 'abandoned'];
/** The KPIs' latest values as `--kpi` takes them, or nothing when none is measured yet. */
function actualValues({ project }) {
    const lines = (project.kpis ?? []).flatMap((kpi) => (kpi.actual === undefined ? [] : [`${kpi.name}=${kpi.actual}`]));
    return lines.length > 0 ? lines : undefined;
}
/** Whether new KPI values were given (not the values recorded, which are `--kpi`'s default). */
const kpisMeasured = (given, opened) => given.kpi !== undefined && !sameValue(given.kpi, actualValues(opened));
/**
 * `cil project edit <lab> <project>`: changes a project in place (status, partner and MoU,
 * code and licence, team, KPIs, redeployments), keeping its comments, key order and the
 * lines it does not change. A flag says what changes and nothing else is asked; on a
 * terminal without one, each question shows the value the project has now.
 */
export const projectEdit = writingCommand({
    arguments: { lab: argument("the lab's id"), project: argument("the project's id") },
    switches: {},
    edits: true,
    fields: {
        status: editing(choice({
            question: 'Where the project stands',
            help: 'where the project stands: discovery, building or launched (`cil project close` closes, hands over or abandons it)',
            required: true,
            choices: enumChoices('projectStatus'),
            check: (value, _given, opened) => bySchema('project', ['status'])(value) ?? closingProblem(value, opened),
        }), ({ project }) => project.status),
        partner: editing(choice({
            question: 'Partner it is built with',
            valueName: 'id',
            choices: (_given, { lab }) => partnerChoices(lab),
            check: (value, _given, { lab }) => knownPartners(lab, value),
        }), ({ project }) => project.partner),
        mouSigned: editing(dateField('Date the MoU with the partner was signed', 'project', ['mou_signed'], { when: (given) => given.partner !== undefined }), 
        // An MoU is with a partner: a project given another partner has none with it yet.
        ({ project }, given) => (given.partner === project.partner ? project.mou_signed : undefined)),
        repository: editing(text({
            question: 'Public source code repository (https://...)',
            help: 'its public source code repository',
            valueName: 'url',
            check: bySchema('project', ['repository']),
        }), ({ project }) => project.repository),
        license: editing(textAmong({
            question: 'Licence, as an SPDX id such as MIT or Apache-2.0',
            valueName: 'spdx',
            check: bySchema('project', ['license']),
        }), ({ project }) => project.license),
        website: editing(text({
            question: 'Where the running service can be used (https://...)',
            help: 'where the running service can be used',
            valueName: 'url',
            check: bySchema('project', ['website']),
        }), ({ project }) => project.website),
        addMember: texts({
            question: 'Member to add to the team, as member:role (the role may be left out)',
            help: 'add a lab member to the team, with their role on it (repeat for more; a member on the team already takes the new role)',
            valueName: 'member:role',
            check: (value, _given, opened) => teamProblem(value, opened.lab),
        }),
        addKpi: texts({
            question: 'KPI to add, as name:target:unit (target and unit may be left out)',
            help: 'add a KPI with its target and unit, like "Weekly active users:1000:users" (repeat for more)',
            valueName: 'name:target:unit',
            check: (value, _given, { project }) => newKpisProblem(value, project.kpis ?? []),
        }),
        kpi: editing(texts({
            question: "A KPI's latest measured value, as name=actual",
            help: 'set the latest measured value of a KPI, like "Weekly active users=450" (repeat for more)',
            valueName: 'name=actual',
            check: (value, given, { project }) => kpiUpdatesProblem(value, [...(project.kpis ?? []), ...givenList(given, 'addKpi').map(parseNewKpi)]),
            // Asked only when there is a KPI to measure.
            when: (given, { project }) => (project.kpis ?? []).length > 0 || givenList(given, 'addKpi').length > 0,
        }), actualValues),
        redeployedTo: choice({
            question: 'Another lab that deployed the project in its city',
            help: 'another lab that deployed the project in its city (with --date)',
            valueName: 'lab',
            choices: (_given, opened) => otherLabs(opened).map((id) => ({ name: id, value: id })),
            check: (value, _given, opened) => redeploymentProblem(value, opened),
            when: (_given, opened) => otherLabs(opened).length > 0,
        }),
        date: dateField('Date of the redeployment, or of the KPI values measured', 'project', ['redeployments', 0, 'date'], {
            required: true,
            defaultHelp: 'today',
            default: (_given, { today }) => today,
            when: (given, opened) => given.redeployedTo !== undefined || kpisMeasured(given, opened),
            check: (value, given, opened) => given.redeployedTo === undefined && !kpisMeasured(given, opened)
                ? 'it is the day of a redeployment or of KPI values: give --redeployed-to <lab> or --kpi with it'
                : (bySchema('project', ['redeployments', 0, 'date'])(value)
                    ?? (opened.project.started !== undefined && value < opened.project.started ? `${value} is before the project started (${opened.project.started})` : undefined)),
        }),
    },
    open({ lab, project }, _switches, options) {
        const opened = openLab(options, lab);
        const known = [...opened.lab.projects.keys()];
        const file = recordToEdit(opened.lab.projects, project, `there is no project \`${project}\` in lab ${lab}${known.length ? ` (projects: ${known.join(', ')})` : ''}`);
        return { ...opened, id: project, path: file.path, text: file.text, project: file.record };
    },
    plan(opened, answers) {
        const { project } = opened;
        const order = propertyOrder('project');
        const changes = [];
        const notes = [];
        const text = editYaml(opened.path, opened.text, (record, doc) => {
            const set = (key, value, label) => {
                const change = setEdited(record, doc, { key, value, recorded: project[key], order, label });
                if (change)
                    changes.push(change);
            };
            set('status', answers.status, 'status');
            if (answers.status !== project.status && CLOSING.includes(project.status) && !CLOSING.includes(answers.status) && record.has('ended')) {
                removeKey(record, 'ended');
                changes.push(`ended ${project.ended} removed`);
                notes.push(`Its end date (${project.ended}) was taken out: the project is under way again.`);
            }
            set('partner', answers.partner, 'partner');
            set('mou_signed', answers.mouSigned, 'MoU signed');
            if (answers.partner !== project.partner && project.partner !== undefined && answers.mouSigned === undefined && record.has('mou_signed')) {
                removeKey(record, 'mou_signed');
                changes.push(`MoU signed ${project.mou_signed} removed`);
                notes.push(`The MoU signed on ${project.mou_signed} was with ${project.partner}, so it was taken out: give --mou-signed once ${answers.partner} signs one.`);
            }
            set('repository', answers.repository, 'repository');
            set('license', answers.license, 'licence');
            set('website', answers.website, 'website');
            changes.push(...addToTeam(record, doc, answers.addMember ?? [], opened, order));
            const measured = answers.date ?? opened.today;
            const [added, measuredValues] = [(answers.addKpi ?? []).map(parseNewKpi), (answers.kpi ?? []).map(parseKpiUpdate)];
            changes.push(...editKpis(record, doc, added, measuredValues, { order, measured, project, notes }));
            if (answers.redeployedTo !== undefined && answers.date !== undefined) {
                changes.push(...redeploy(record, doc, answers.redeployedTo, answers.date, order));
            }
        });
        return {
            root: opened.root,
            files: [{ path: opened.path, text, replaces: true }],
            refreshLab: opened.lab.id,
            notes,
            message: `Edit project ${project.name} of lab ${opened.lab.id}: ${changes.join(', ')}`,
        };
    },
});
/** Closing a project is `cil project close`'s work: it records the day it ended and drafts the closure report. */
function closingProblem(value, { lab, id, project }) {
    if (!CLOSING.some((status) => status === value) || CLOSING.includes(project.status))
        return undefined;
    return `to mark a project ${value}, run \`cil project close ${lab.id} ${id} --status ${value}\`: it records the day it ended and drafts its closure report`;
}
function otherLabs({ network, lab }) {
    return [...network.labs.values()].filter((folder) => folder.lab?.record && folder.id !== lab.id).map((folder) => folder.id);
}
function redeploymentProblem(value, opened) {
    if (value === opened.lab.id)
        return `${value} is the project's own lab; a redeployment is another lab deploying it in its city`;
    const others = otherLabs(opened);
    if (others.includes(value))
        return undefined;
    return `\`${value}\` is not a lab of this network${others.length ? ` (other labs: ${others.join(', ')})` : ''}`;
}
/** The mapping of a list field whose `key` is `value` (the team entry of a member, a KPI by name). */
function entryOf(record, list, key, value) {
    const items = record.get(list, true);
    const entry = isSeq(items) ? items.items.find((item) => isMap(item) && item.get(key) === value) : undefined;
    return isMap(entry) ? entry : undefined;
}
/** Each `member:role` on the team: a new member is added, one on it already takes the role given. */
function addToTeam(record, doc, lines, { lab }, order) {
    return lines.flatMap((line) => {
        const { member, role } = parseTeamEntry(line);
        const name = lab.members.get(member)?.record?.name ?? member;
        const entry = entryOf(record, 'team', 'member', member);
        if (entry) {
            if (role === undefined || entry.get('role') === role)
                return [];
            replaceInOrder(entry, doc, 'role', role, propertyOrder('project', ['team']));
            return [`${name} now ${role} on the team`];
        }
        appendInOrder(record, doc, 'team', role === undefined ? { member } : { member, role }, order);
        return [`${name} joins the team${role === undefined ? '' : ` as ${role}`}`];
    });
}
/**
 * New KPIs added, then the values measured appended to each KPI's history on the day given
 * (replacing a value of that day), and `actual` set to its newest value. A KPI that had a
 * value without a history keeps it as its first, as of the project's start, so that the
 * documents that showed it still do.
 */
function editKpis(record, doc, added, updates, { order, measured, project, notes }) {
    const changes = [];
    const kpiOrder = propertyOrder('project', ['kpis']);
    for (const kpi of added) {
        appendInOrder(record, doc, 'kpis', kpi, order);
        changes.push(`new KPI ${kpi.name}`);
    }
    for (const { name, actual } of updates) {
        const entry = entryOf(record, 'kpis', 'name', name);
        const before = entry?.get('actual');
        if (!entry || before === actual)
            continue;
        const recorded = project.kpis?.find((kpi) => kpi.name === name);
        const history = [...(recorded?.history ?? [])];
        if (history.length === 0 && typeof before === 'number' && project.started !== undefined && project.started < measured) {
            history.push({ date: project.started, value: before });
            notes.push(`${name}: its earlier value ${before}, recorded without a date, is kept in its history as of the project's start (${project.started}).`);
        }
        const kept = history.filter((point) => point.date !== measured);
        const at = kept.findIndex((point) => point.date > measured);
        kept.splice(at === -1 ? kept.length : at, 0, { date: measured, value: actual });
        const newest = kept.at(-1).value;
        replaceInOrder(entry, doc, 'history', kept, kpiOrder);
        if (newest !== before)
            replaceInOrder(entry, doc, 'actual', newest, kpiOrder);
        changes.push(`${name} ${before === undefined ? '(none)' : String(before)} -> ${actual} on ${measured}`);
    }
    return changes;
}
/** A redeployment to a lab, or a new date of one recorded already. */
function redeploy(record, doc, lab, date, order) {
    const entry = entryOf(record, 'redeployments', 'lab', lab);
    if (entry?.get('date') === date)
        return [];
    if (entry)
        replaceInOrder(entry, doc, 'date', date, propertyOrder('project', ['redeployments']));
    else
        appendInOrder(record, doc, 'redeployments', { lab, date }, order);
    return [`redeployed to ${lab} on ${date}`];
}
