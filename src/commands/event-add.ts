import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EventRecord } from '../schema/records.generated.js';
import { type Answers, type Field, type Flags, gather } from '../prompt/gather.js';
import { recordToYaml } from '../write/record-yaml.js';
import {
  bySchema,
  dateField,
  enumChoices,
  idField,
  knownMembers,
  knownPartners,
  memberChoices,
  partnerChoices,
} from './fields.js';
import { openLab, saveFiles, type WriteResult, type WritingOptions } from './writing.js';

const HEAD_COUNTS = [
  ['citizens', 'Citizens who came'],
  ['technologists', 'Technologists who came'],
  ['government', 'Government officials who came'],
  ['women', 'Women among everyone who came'],
] as const;

/** `cil event add <lab>`: an event with attendance and head counts, by flag or by prompt. */
export async function eventAdd(labId: string, flags: Flags, options: WritingOptions): Promise<WriteResult> {
  const { root, lab, today } = openLab(options, labId);
  const path = (answers: Answers, id = answers.id) => `${lab.dir}/events/${String(answers.date)}-${String(id)}.yaml`;
  const members = knownMembers(lab);
  const notPresent = (answers: Answers) => {
    const present = new Set((answers.present as string[] | undefined) ?? []);
    return memberChoices(lab).filter((choice) => !present.has(choice.value));
  };
  const fields: Field[] = [
    { key: 'title', flag: '--title', question: "The event's title", type: 'text', required: true, check: bySchema('event', ['title']) },
    { key: 'kind', flag: '--kind', question: 'Kind of event', type: 'choice', required: true, default: () => 'meetup', choices: enumChoices('eventKind'), check: bySchema('event', ['kind']) },
    dateField('date', '--date', 'Date of the event', 'event', ['date'], today),
    idField({
      key: 'id',
      flag: '--id',
      from: 'title',
      what: 'event',
      example: 'open-data-meetup',
      // The file name is <date>-<id>, and ids are at most 64 characters.
      maxLength: 64 - 11,
      taken: (id, answers) => (!options.force && existsSync(join(root, path(answers, id))) ? `${path(answers, id)} already exists; choose another id` : undefined),
    }),
    { key: 'venue', flag: '--venue', question: 'Venue (or platform, when online)', type: 'text', check: bySchema('event', ['venue']) },
    { key: 'online', flag: '--online', question: 'Was it held online?', type: 'boolean' },
    { key: 'organizers', flag: '--organizers', question: 'Organizers', type: 'choices', choices: () => memberChoices(lab), check: (value) => members(value) ?? bySchema('event', ['organizers'])(value) },
    { key: 'present', flag: '--present', question: 'Members present', type: 'choices', choices: () => memberChoices(lab), check: (value) => members(value) ?? bySchema('event', ['attendance', 'present'])(value) },
    { key: 'excused', flag: '--excused', question: 'Members absent with notice', type: 'choices', choices: notPresent, check: (value, answers) => members(value) ?? presentAndExcused(value, answers) ?? bySchema('event', ['attendance', 'excused'])(value) },
    ...HEAD_COUNTS.map(([key, question]): Field => ({ key, flag: `--${key}`, question, type: 'integer', check: bySchema('event', ['audience', key]) })),
    { key: 'partners', flag: '--partners', question: 'Partners who took part', type: 'choices', choices: () => partnerChoices(lab), check: knownPartners(lab) },
    { key: 'takeaway', flag: '--takeaway', question: 'Takeaway', type: 'texts', check: bySchema('event', ['takeaways']) },
  ];
  const answers = await gather(fields, flags, options);
  const audience = Object.fromEntries(
    HEAD_COUNTS.filter(([key]) => answers[key] !== undefined).map(([key]) => [key, answers[key]]),
  );
  const present = answers.present as string[] | undefined;
  const excused = answers.excused as string[] | undefined;
  const event: EventRecord = {
    title: answers.title as string,
    kind: answers.kind as EventRecord['kind'],
    date: answers.date as string,
    online: answers.online === true ? true : undefined,
    venue: answers.venue as string | undefined,
    organizers: answers.organizers as string[] | undefined,
    partners: answers.partners as string[] | undefined,
    attendance: present || excused ? { present, excused } : undefined,
    audience: Object.keys(audience).length > 0 ? audience : undefined,
    takeaways: answers.takeaway as string[] | undefined,
  };
  return saveFiles(root, [{ path: path(answers), text: recordToYaml(event) }], {
    ...options,
    refreshLab: lab.id,
    message: `Record event ${event.title} (${event.date}) of lab ${lab.id}`,
  });
}

function presentAndExcused(value: unknown, answers: Answers): string | undefined {
  const present = new Set((answers.present as string[] | undefined) ?? []);
  const both = (value as string[]).find((id) => present.has(id));
  return both === undefined ? undefined : `\`${both}\` is also listed as present; a member is either present or excused`;
}
