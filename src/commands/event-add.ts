import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { headCount } from '../handbook/membership.js';
import type { EventRecord } from '../schema/records.generated.js';
import { argument, choice, choices, flag, type Given, integer, text, texts } from '../prompt/fields.js';
import {
  bySchema,
  labDateOrToday,
  enumChoices,
  givenList,
  givenText,
  idField,
  idNote,
  knownMembers,
  knownPartners,
  memberChoices,
  partnerChoices,
} from '../prompt/record-fields.js';
import { type OpenLab, openLab } from '../write/open-lab.js';
import { recordToYaml } from '../write/record-yaml.js';
import { writingCommand } from '../write/writing-command.js';

type Opened = OpenLab & { force: boolean };

const eventPath = ({ lab }: OpenLab, date: string, id: string) => `${lab.dir}/events/${date}-${id}.yaml`;

const countField = (question: string, key: 'citizens' | 'technologists' | 'government') =>
  integer({ question, valueName: 'n', check: bySchema('event', ['audience', key]) });

/** `cil event add <lab>`: an event with attendance and head counts, by flag or by prompt. */
export const eventAdd = writingCommand({
  arguments: { lab: argument("the lab's id") },
  switches: { force: flag({ question: 'Replace an event record that exists' }) },
  fields: {
    title: text({ question: "The event's title", valueName: 'title', required: true, check: bySchema('event', ['title']) }),
    kind: choice({ question: 'Kind of event', required: true, default: 'meetup', choices: enumChoices<EventRecord['kind']>('eventKind'), check: bySchema('event', ['kind']) }),
    date: labDateOrToday('Date of the event', 'event', ['date']),
    id: idField({
      from: 'title',
      what: 'event',
      example: 'open-data-meetup',
      // The file name is <date>-<id>, and ids are at most 64 characters.
      maxLength: 64 - 11,
      taken: (id, given, opened: Opened) => {
        const path = eventPath(opened, givenText(given, 'date'), id);
        return !opened.force && existsSync(join(opened.root, path)) ? `${path} already exists; choose another id` : undefined;
      },
    }),
    venue: text({ question: 'Venue (or platform, when online)', valueName: 'venue', check: bySchema('event', ['venue']) }),
    online: flag({ question: 'Was it held online?', help: 'it was held online' }),
    organizers: choices({
      question: 'Organizers',
      help: 'member ids of the organizers, separated by commas',
      valueName: 'ids',
      choices: (_given, { lab }: OpenLab) => memberChoices(lab),
      check: (value, _given, { lab }: OpenLab) => knownMembers(lab, value) ?? bySchema('event', ['organizers'])(value),
    }),
    present: choices({
      question: 'Members present',
      help: 'member ids of those present',
      valueName: 'ids',
      choices: (_given, { lab }: OpenLab) => memberChoices(lab),
      check: (value, _given, { lab }: OpenLab) => knownMembers(lab, value) ?? bySchema('event', ['attendance', 'present'])(value),
    }),
    excused: choices({
      question: 'Members absent with notice',
      help: 'member ids of those absent with notice',
      valueName: 'ids',
      choices: (given, { lab }: OpenLab) => memberChoices(lab).filter((choice) => !givenList(given, 'present').includes(choice.value)),
      check: (value, given, { lab }: OpenLab) =>
        knownMembers(lab, value) ?? presentAndExcused(value, given) ?? bySchema('event', ['attendance', 'excused'])(value),
    }),
    citizens: countField('Citizens who came', 'citizens'),
    technologists: countField('Technologists who came', 'technologists'),
    government: countField('Government officials who came', 'government'),
    women: integer({
      question: 'Women among everyone who came',
      valueName: 'n',
      check: (value, given) => bySchema('event', ['audience', 'women'])(value) ?? moreWomenThanPeople(value, given),
    }),
    partners: choices({
      question: 'Partners who took part',
      help: 'partner ids who took part',
      valueName: 'ids',
      choices: (_given, { lab }: OpenLab) => partnerChoices(lab),
      check: (value, _given, { lab }: OpenLab) => knownPartners(lab, value),
    }),
    takeaway: texts({ question: 'Takeaway', help: 'a takeaway (repeat for more)', valueName: 'text', check: bySchema('event', ['takeaways']) }),
  },
  open: ({ lab }, { force }, options): Opened => ({ ...openLab(options, lab), force: force === true }),
  plan(opened, answers) {
    const { present, excused, citizens, technologists, government, women } = answers;
    const audience = { citizens, technologists, government, women };
    const event: EventRecord = {
      title: answers.title,
      kind: answers.kind,
      date: answers.date,
      online: answers.online === true ? true : undefined,
      venue: answers.venue,
      organizers: answers.organizers,
      partners: answers.partners,
      attendance: present || excused ? { present, excused } : undefined,
      audience: Object.values(audience).some((count) => count !== undefined) ? audience : undefined,
      takeaways: answers.takeaway,
    };
    return {
      root: opened.root,
      files: [{ path: eventPath(opened, answers.date, answers.id), text: recordToYaml(event), replaces: opened.force }],
      refreshLab: opened.lab.id,
      notes: [idNote(answers.title, answers.id, 'event')].filter((note) => note !== undefined),
      message: `Record event ${event.title} (${event.date}) of lab ${opened.lab.id}`,
    };
  },
});

/** Women are counted among the citizens, technologists and officials who came: never more than all of them. */
function moreWomenThanPeople(women: number, given: Given): string | undefined {
  const count = (key: string) => (typeof given[key] === 'number' ? given[key] : undefined);
  const people = headCount({ citizens: count('citizens'), technologists: count('technologists'), government: count('government') });
  if (women <= people) return undefined;
  return `${women} women is more than the ${people} people counted; women are counted among the citizens, technologists and government officials who came, so give those counts too`;
}

function presentAndExcused(value: readonly string[], given: Given): string | undefined {
  const present = new Set(givenList(given, 'present'));
  const both = value.find((id) => present.has(id));
  return both === undefined ? undefined : `\`${both}\` is also listed as present; a member is either present or excused`;
}
