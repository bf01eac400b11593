import { argument, choice, list } from '../prompt/fields.js';
import { editing } from '../prompt/edit-fields.js';
import { bySchema, enumChoices } from '../prompt/record-fields.js';
import { propertyOrder } from '../schema/property-order.js';
import { editYaml } from '../write/edit-record.js';
import { openLab, recordToEdit } from '../write/open-lab.js';
import { setEdited } from '../write/record-keys.js';
import { writingCommand } from '../write/writing-command.js';
import { citizenFields } from './citizen-add.js';
function openCitizen(lab, id, options) {
    const opened = openLab(options, lab);
    const file = recordToEdit(opened.lab.citizens, id, `there is no citizen \`${id}\` in lab ${lab}; the lab's citizens are in ${opened.lab.dir}/citizens/`);
    return { ...opened, id, path: file.path, text: file.text, citizen: file.record };
}
const { name, area, consent, metAt } = citizenFields;
/** `cil citizen edit <lab> <citizen>`: what a citizen record says, and whether the lab still meets them. */
export const citizenEdit = writingCommand({
    arguments: { lab: argument("the lab's id"), citizen: argument("the citizen's id") },
    switches: {},
    edits: true,
    fields: {
        name: editing(name, ({ citizen }) => citizen.name),
        area: editing(area, ({ citizen }) => citizen.area),
        interests: editing(list({
            question: 'Civic issues they care about, separated by commas',
            help: 'the civic issues they care about, separated by commas; those given replace those recorded',
            valueName: 'issues',
            check: bySchema('citizen', ['interests']),
        }), ({ citizen }) => citizen.interests),
        consent: editing(consent, ({ citizen }) => citizen.consent),
        metAt: editing(metAt, ({ citizen }) => citizen.met_at),
        status: editing(choice({
            question: 'Does the lab still meet them (active), or no longer (inactive)?',
            help: 'active, or inactive once the lab no longer meets them',
            valueName: 'status',
            choices: enumChoices('citizenStatus'),
            check: bySchema('citizen', ['status']),
        }), ({ citizen }) => citizen.status),
    },
    open: ({ lab, citizen }, _switches, options) => openCitizen(lab, citizen, options),
    plan(opened, answers) {
        const { citizen } = opened;
        const changes = [];
        const text = editYaml(opened.path, opened.text, (record, doc) => {
            const order = propertyOrder('citizen');
            const set = (key, value, label) => {
                const change = setEdited(record, doc, { key, value, recorded: citizen[key], order, label });
                if (change)
                    changes.push(change);
            };
            set('name', answers.name, 'name');
            set('area', answers.area, 'area');
            set('interests', answers.interests, 'interests');
            set('consent', answers.consent, 'consent');
            set('met_at', answers.metAt, 'met at');
            set('status', answers.status, 'status');
        });
        return {
            root: opened.root,
            files: [{ path: opened.path, text, replaces: true }],
            refreshLab: opened.lab.id,
            message: `Edit citizen ${citizen.name} of lab ${opened.lab.id}: ${changes.join('; ')}`,
        };
    },
});
