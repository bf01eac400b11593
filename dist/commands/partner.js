import { isScalar, isSeq } from 'yaml';
import { CliError } from '../errors.js';
import { editing } from '../prompt/edit-fields.js';
import { argument, choice, text } from '../prompt/fields.js';
import { bySchema, dateField, enumChoices, idField, idNote, partnerIds } from '../prompt/record-fields.js';
import { propertyOrder } from '../schema/property-order.js';
import { closestMatch } from '../text/closest.js';
import { idOfName } from '../text/slug.js';
import { editYaml } from '../write/edit-record.js';
import { openLabRecord } from '../write/open-lab-record.js';
import { appendInOrder, mapAt, setInOrder } from '../write/record-keys.js';
import { writingCommand } from '../write/writing-command.js';
/** A partner's field, checked by the lab schema (of any partner, not the first one its message would name). */
const at = (key) => (value) => bySchema('lab', ['partners', 0, key])(value)?.replace(' of `partners` item 1', ' of a partner');
const nameField = () => text({ question: "The partner's full name", valueName: 'text', required: true, check: at('name') });
const kindField = () => choice({ question: 'What kind of organisation it is', valueName: 'kind', choices: enumChoices('partnerKind'), check: at('kind') });
const mouField = () => dateField('Date a memorandum of understanding was signed', 'lab', ['partners', 0, 'mou_signed'], { check: at('mou_signed') });
const websiteField = () => text({ question: 'Its website (https://...)', help: 'its website', valueName: 'url', check: at('website') });
/** The partner as lab.yaml holds it, without the fields not given. */
function partnerEntry(partner) {
    return Object.fromEntries(Object.entries(partner).filter(([, value]) => value !== undefined));
}
/** `cil partner add <lab>`: a partner of the lab, added to lab.yaml's `partners`. */
export const partnerAdd = writingCommand({
    arguments: { lab: argument("the lab's id") },
    switches: {},
    fields: {
        name: nameField(),
        id: idField({
            from: 'name',
            what: 'partner',
            example: 'kpitb',
            taken: (id, _given, { lab, path }) => partnerIds(lab).includes(id) ? `lab ${lab.id} has a partner \`${id}\` already (${path}); change it with \`cil partner edit ${lab.id} ${id}\`, or choose another id` : undefined,
        }),
        kind: kindField(),
        mouSigned: mouField(),
        website: websiteField(),
    },
    open: ({ lab }, _switches, options) => openLabRecord(options, lab),
    plan(opened, { id, name, kind, mouSigned, website }) {
        const partner = partnerEntry({ id, name, kind, mou_signed: mouSigned, website });
        return {
            root: opened.root,
            files: [{ path: opened.path, text: editYaml(opened.path, opened.text, (record, doc) => appendInOrder(record, doc, 'partners', partner, propertyOrder('lab'))), replaces: true }],
            refreshLab: opened.lab.id,
            // The id is what a project names its partner by: said whether or not it was typed.
            notes: [idNote(name, id, 'partner') ?? `The partner's id is \`${id}\`: a project names it with \`--partner ${id}\`.`],
            message: `Add partner ${name} (${id}) to lab ${opened.lab.id}`,
        };
    },
});
function openPartner(options, labId, id) {
    const opened = openLabRecord(options, labId);
    const partners = opened.record.partners ?? [];
    const index = partners.findIndex((partner) => partner.id === id);
    const partner = partners[index];
    if (partner)
        return { ...opened, index, partner };
    const ids = partners.map((candidate) => candidate.id);
    const named = idOfName(id);
    const match = named !== undefined && ids.includes(named) ? named : closestMatch(id, ids);
    const hint = match ? `; did you mean \`${match}\`?` : ids.length ? ` (its partners: ${ids.join(', ')})` : '; add one with `cil partner add`';
    throw new CliError(`lab ${labId} has no partner \`${id}\` in ${opened.path}${hint}`);
}
/** The records of the lab that name a partner: its events' `partners` and its projects' `partner`. */
function recordsNaming({ lab }, id) {
    const events = [...lab.events.values()].filter((file) => file.record?.partners?.includes(id));
    const projects = [...lab.projects.values()].filter((file) => file.record?.partner === id);
    return [...events, ...projects].flatMap(({ path, text }) => (text === undefined ? [] : [{ path, text }]));
}
/** A record that named the partner by its old id, naming it by its new one. */
function renamedIn({ path, text }, from, to) {
    const rename = (node) => {
        if (isScalar(node) && node.value === from)
            node.value = to;
    };
    const edited = editYaml(path, text, (record) => {
        const partners = record.get('partners', true);
        if (isSeq(partners))
            partners.items.forEach(rename);
        rename(record.get('partner', true));
    });
    return { path, text: edited, replaces: true };
}
/** A new id for the partner: an id, and free in the lab. */
function idProblem(value, given, opened) {
    const problem = idField({ from: 'name', what: 'partner', example: 'kpitb', taken: () => undefined }).check?.(value, given, opened);
    return problem ?? (partnerIds(opened.lab).includes(value) ? `lab ${opened.lab.id} has a partner \`${value}\` already; choose another id` : undefined);
}
/**
 * `cil partner edit <lab> <partner>`: a partner's fields by flag or, on a terminal, by prompts
 * showing the current values. A new id is written in the events and projects that name it too.
 */
export const partnerEdit = writingCommand({
    arguments: { lab: argument("the lab's id"), partner: argument("the partner's id") },
    switches: {},
    edits: true,
    fields: {
        name: editing(nameField(), ({ partner }) => partner.name),
        id: editing(text({ question: "The partner's id (lowercase letters, digits and hyphens)", help: "the partner's id", valueName: 'id', required: true, check: idProblem }), ({ partner }) => partner.id),
        kind: editing(kindField(), ({ partner }) => partner.kind),
        mouSigned: editing(mouField(), ({ partner }) => partner.mou_signed),
        website: editing(websiteField(), ({ partner }) => partner.website),
    },
    open: ({ lab, partner }, _switches, options) => openPartner(options, lab, partner),
    plan(opened, answers) {
        const { partner, lab } = opened;
        const { id, name, kind, mouSigned, website } = answers;
        const next = { id, name, kind, mou_signed: mouSigned, website };
        const changed = Object.keys(next).filter((key) => next[key] !== undefined && next[key] !== partner[key]);
        const text = editYaml(opened.path, opened.text, (record, doc) => {
            const map = mapAt(record, 'partners', opened.index);
            for (const key of changed)
                if (map)
                    setValue(map, doc, key, next[key]);
        });
        // A new id is written where the lab's events and projects name the partner, so that none loses it.
        const naming = id === partner.id ? [] : recordsNaming(opened, partner.id);
        const where = naming.length === 0 ? '' : ` (and in the ${naming.length} record${naming.length === 1 ? '' : 's'} naming it)`;
        const said = changed.map((key) => (key === 'id' ? `rename it to ${id}${where}` : `set ${key === 'mou_signed' ? 'the MoU date' : key} to ${next[key]}`));
        return {
            root: opened.root,
            files: [{ path: opened.path, text, replaces: true }, ...naming.map((file) => renamedIn(file, partner.id, id))],
            refreshLab: lab.id,
            message: `Edit partner ${partner.id} of lab ${lab.id}: ${said.join(', ') || 'no change'}`,
        };
    },
});
/** Sets a partner's field in the schema's order; a value written already is changed in place, keeping its comment. */
function setValue(map, doc, key, value) {
    const node = map.get(key, true);
    if (isScalar(node))
        node.value = value;
    else
        setInOrder(map, doc, key, value, propertyOrder('lab', ['partners']));
}
