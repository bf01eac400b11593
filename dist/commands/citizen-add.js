import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { argument, choice, flag, list, text } from '../prompt/fields.js';
import { bySchema, dateOrToday, idField, idNote } from '../prompt/record-fields.js';
import { openLab } from '../write/open-lab.js';
import { recordToYaml } from '../write/record-yaml.js';
import { writingCommand } from '../write/writing-command.js';
const citizenPath = ({ lab }, id) => `${lab.dir}/citizens/${id}.yaml`;
/** The lab's events, the latest first, as choices of where the lab met someone. */
export function eventChoices(lab) {
    return [...lab.events.entries()]
        .flatMap(([id, file]) => (file.record ? [{ id, title: file.record.title }] : []))
        .sort((a, b) => (a.id < b.id ? 1 : -1))
        .map(({ id, title }) => ({ name: `${title} (${id})`, value: id }));
}
/** Why an event id is not one of the lab's events, if it is not. */
export function knownEvent(lab, id) {
    const problem = bySchema('citizen', ['met_at'])(id);
    if (problem)
        return problem;
    return lab.events.has(id) ? undefined : `\`${id}\` is not an event of lab ${lab.id}; give the id of a file in ${lab.dir}/events/ (without .yaml)`;
}
/** The fields of a citizen record, declared once: `cil citizen edit` edits the same. */
export const citizenFields = {
    name: text({ question: 'The name they wish to be known by (a first name is enough)', required: true, check: bySchema('citizen', ['name']) }),
    area: text({ question: 'Where they live or are active (a neighbourhood, a town)', valueName: 'text', check: bySchema('citizen', ['area']) }),
    interests: list({ question: 'Civic issues they care about, separated by commas', valueName: 'issues', check: bySchema('citizen', ['interests']) }),
    consent: dateOrToday('Date they agreed to be listed in the public records', 'citizen', ['consent']),
    metAt: choice({
        question: 'The event where the lab met them',
        help: 'the id of the event where the lab met them',
        valueName: 'event',
        choices: (_given, { lab }) => eventChoices(lab),
        check: (id, _given, { lab }) => knownEvent(lab, id),
    }),
};
/** `cil citizen add <lab>`: an active citizen who agreed to be listed, with no contact details. */
export const citizenAdd = writingCommand({
    arguments: { lab: argument("the lab's id") },
    switches: { force: flag({ question: 'Replace a citizen record that exists' }) },
    fields: {
        name: citizenFields.name,
        id: idField({
            from: 'name',
            what: 'citizen',
            example: 'nasreen',
            taken: (id, _given, opened) => {
                const path = citizenPath(opened, id);
                return !opened.force && existsSync(join(opened.root, path)) ? `a citizen \`${id}\` already exists (${path}); choose another id` : undefined;
            },
        }),
        area: citizenFields.area,
        interests: citizenFields.interests,
        consent: citizenFields.consent,
        metAt: citizenFields.metAt,
    },
    open: ({ lab }, { force }, options) => ({ ...openLab(options, lab), force: force === true }),
    plan(opened, answers) {
        // Undefined values are left out of the YAML.
        const citizen = {
            name: answers.name,
            area: answers.area,
            interests: answers.interests,
            consent: answers.consent,
            met_at: answers.metAt,
            status: 'active',
        };
        return {
            root: opened.root,
            files: [{ path: citizenPath(opened, answers.id), text: recordToYaml(citizen), replaces: opened.force }],
            refreshLab: opened.lab.id,
            notes: [idNote(answers.name, answers.id, 'citizen')].filter((note) => note !== undefined),
            message: `Add active citizen ${citizen.name} to lab ${opened.lab.id}`,
        };
    },
});
