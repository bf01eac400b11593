import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { argument, choice, flag, list, text } from '../prompt/fields.js';
import type { Choice } from '../prompt/prompter.js';
import { bySchema, dateOrToday, idField, idNote } from '../prompt/record-fields.js';
import type { CitizenRecord } from '../schema/records.generated.js';
import type { LabFolder } from '../network/types.js';
import { type OpenLab, openLab } from '../write/open-lab.js';
import { recordToYaml } from '../write/record-yaml.js';
import { writingCommand } from '../write/writing-command.js';

type Opened = OpenLab & { force: boolean };

const citizenPath = ({ lab }: OpenLab, id: string) => `${lab.dir}/citizens/${id}.yaml`;

/** The lab's events, the latest first, as choices of where the lab met someone. */
export function eventChoices(lab: LabFolder): Choice<string>[] {
  return [...lab.events.entries()]
    .flatMap(([id, file]) => (file.record ? [{ id, title: file.record.title }] : []))
    .sort((a, b) => (a.id < b.id ? 1 : -1))
    .map(({ id, title }) => ({ name: `${title} (${id})`, value: id }));
}

/** Why an event id is not one of the lab's events, if it is not. */
export function knownEvent(lab: LabFolder, id: string): string | undefined {
  const problem = bySchema('citizen', ['met_at'])(id);
  if (problem) return problem;
  return lab.events.has(id) ? undefined : `\`${id}\` is not an event of lab ${lab.id}; give the id of a file in ${lab.dir}/events/ (without .yaml)`;
}

/** The fields of a citizen record, declared once: `cil citizen edit` edits the same. */
export const citizenFields = {
  name: text({ question: 'The name they wish to be known by (a first name is enough)', required: true, check: bySchema('citizen', ['name']) }),
  area: text({ question: 'Where they live or are active (a neighbourhood, a town)', valueName: 'text', check: bySchema('citizen', ['area']) }),
  interests: list({ question: 'Civic issues they care about, separated by commas', valueName: 'issues', check: bySchema('citizen', ['interests']) }),
  consent: dateOrToday<OpenLab>('Date they agreed to be listed in the public records', 'citizen', ['consent']),
  metAt: choice({
    question: 'The event where the lab met them',
    help: 'the id of the event where the lab met them',
    valueName: 'event',
    choices: (_given, { lab }: OpenLab) => eventChoices(lab),
    check: (id, _given, { lab }: OpenLab) => knownEvent(lab, id),
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
      taken: (id, _given, opened: Opened) => {
        const path = citizenPath(opened, id);
        return !opened.force && existsSync(join(opened.root, path)) ? `a citizen \`${id}\` already exists (${path}); choose another id` : undefined;
      },
    }),
    area: citizenFields.area,
    interests: citizenFields.interests,
    consent: citizenFields.consent,
    metAt: citizenFields.metAt,
  },
  open: ({ lab }, { force }, options): Opened => ({ ...openLab(options, lab), force: force === true }),
  plan(opened, answers) {
    // Undefined values are left out of the YAML.
    const citizen: CitizenRecord = {
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
