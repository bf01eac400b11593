import { argument, choice, list } from '../prompt/fields.js';
import { editing } from '../prompt/edit-fields.js';
import { bySchema, enumChoices } from '../prompt/record-fields.js';
import { propertyOrder } from '../schema/property-order.js';
import type { CitizenRecord } from '../schema/records.generated.js';
import { editYaml } from '../write/edit-record.js';
import { type OpenLab, openLab, recordToEdit } from '../write/open-lab.js';
import { setEdited } from '../write/record-keys.js';
import { type WritingOptions, writingCommand } from '../write/writing-command.js';
import { citizenFields } from './citizen-add.js';

/** A citizen record opened to edit. */
export interface OpenCitizen extends OpenLab {
  id: string;
  path: string;
  text: string;
  citizen: CitizenRecord;
}

function openCitizen(lab: string, id: string, options: WritingOptions): OpenCitizen {
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
    name: editing(name, ({ citizen }: OpenCitizen) => citizen.name),
    area: editing(area, ({ citizen }: OpenCitizen) => citizen.area),
    interests: editing(
      list({
        question: 'Civic issues they care about, separated by commas',
        help: 'the civic issues they care about, separated by commas; those given replace those recorded',
        valueName: 'issues',
        check: bySchema('citizen', ['interests']),
      }),
      ({ citizen }: OpenCitizen) => citizen.interests,
    ),
    consent: editing(consent, ({ citizen }: OpenCitizen) => citizen.consent),
    metAt: editing(metAt, ({ citizen }: OpenCitizen) => citizen.met_at),
    status: editing(
      choice({
        question: 'Does the lab still meet them (active), or no longer (inactive)?',
        help: 'active, or inactive once the lab no longer meets them',
        valueName: 'status',
        choices: enumChoices<CitizenRecord['status']>('citizenStatus'),
        check: bySchema('citizen', ['status']),
      }),
      ({ citizen }: OpenCitizen) => citizen.status,
    ),
  },
  open: ({ lab, citizen }, _switches, options) => openCitizen(lab, citizen, options),
  plan(opened, answers) {
    const { citizen } = opened;
    const changes: string[] = [];
    const text = editYaml(opened.path, opened.text, (record, doc) => {
      const order = propertyOrder('citizen');
      const set = (key: keyof CitizenRecord, value: unknown, label: string) => {
        const change = setEdited(record, doc, { key, value, recorded: citizen[key], order, label });
        if (change) changes.push(change);
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
