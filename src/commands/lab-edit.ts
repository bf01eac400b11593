import { type Document, isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { formatDay } from '../calendar/format.js';
import { activeOn } from '../handbook/membership.js';
import { reportPeriod } from '../handbook/report-names.js';
import { editing } from '../prompt/edit-fields.js';
import { argument, choice, choices, type Given, text, texts } from '../prompt/fields.js';
import { bySchema, contactDataIn, dateField, enumChoices, givenList, knownMembers, memberChoices } from '../prompt/record-fields.js';
import type { LabRecord } from '../schema/records.generated.js';
import { propertyOrder } from '../schema/property-order.js';
import { isSlug } from '../text/slug.js';
import { editYaml, setKey } from '../write/edit-record.js';
import { type OpenLabRecord, openLabRecord } from '../write/open-lab-record.js';
import { removeKey, setInOrder } from '../write/record-keys.js';
import { writingCommand } from '../write/writing-command.js';
import { editOkrs, okrTexts } from './lab-okrs.js';

type Opened = OpenLabRecord;
type Status = LabRecord['status'];

/** A text field of lab.yaml, edited: its current value is the default. */
const labText = (key: 'name' | 'city' | 'description', question: string, required: boolean) =>
  editing(text({ question, valueName: 'text', required, check: bySchema('lab', [key]) }), ({ record }: Opened) => record[key]);

/** Whether a member of the lab can lead it on a day: an active member by then. */
function canLead({ lab }: Opened, id: string, day: string): boolean {
  const member = lab.members.get(id)?.record;
  return member !== undefined && member.status === 'active' && activeOn(member, day);
}

/** The leads once the answers so far are applied. */
function leadsAfter({ record }: Opened, given: Given, removed: readonly string[] = givenList(given, 'removeLead')): string[] {
  const added = givenList(given, 'addLead').filter((id) => !record.leads.includes(id));
  return [...record.leads.filter((id) => !removed.includes(id)), ...added];
}

/** Why leads cannot be removed: the lab (unless closed) would be left without an active lead. */
function removeLeadProblem(removed: readonly string[], given: Given, opened: Opened): string | undefined {
  const { record, lab, today } = opened;
  const notLead = removed.find((id) => !record.leads.includes(id));
  if (notLead !== undefined) return `\`${notLead}\` is not a lead of lab ${lab.id} (its leads: ${record.leads.join(', ')})`;
  const leads = leadsAfter(opened, given, removed);
  const status = typeof given.status === 'string' ? given.status : record.status;
  if (leads.length > 0 && (status === 'closed' || leads.some((id) => canLead(opened, id, today)))) return undefined;
  if (status === 'closed') return `removing ${removed.join(', ')} would leave lab ${lab.id} with no lead in \`leads\`, which even a closed lab keeps: keep one`;
  const could = [...lab.members.keys()].filter((id) => !leads.includes(id) && !removed.includes(id) && canLead(opened, id, today));
  const who = could.length > 0 ? `active members who could lead: ${could.join(', ')}` : `the lab has no other active member: add one with \`cil member add ${lab.id}\``;
  return `removing ${removed.join(', ')} would leave lab ${lab.id} without an active lead; name another with --add-lead (${who})`;
}

/** `name=link` entries of the lab's channels. */
const channelTexts = ({ record }: Opened) => Object.entries(record.channels ?? {}).map(([name, link]) => `${name}=${link}`);

/** Why `name=link` entries cannot be channels: a name that is no id, a link the schema refuses, a removal of nothing. */
function channelProblem(entries: readonly string[], { record, lab }: Opened): string | undefined {
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    const [name, link] = [entry.slice(0, equals).trim(), entry.slice(equals + 1).trim()];
    if (equals === -1 || !isSlug(name)) return `\`${entry}\` is not a channel: write <name>=<link>, the name in lowercase letters, digits and hyphens (like slack=#cil-${lab.id})`;
    if (link === '' && record.channels?.[name] === undefined) return `lab ${lab.id} has no channel \`${name}\` to remove (its channels: ${Object.keys(record.channels ?? {}).join(', ') || 'none'})`;
    const problem = link === '' ? undefined : bySchema('lab', ['channels', name])(link);
    if (problem) return `${name}: ${problem}`;
  }
  return undefined;
}

/**
 * Why the lab cannot have been founded on a day: something in its records is dated earlier
 * (the audit's `before-founding`), the earliest named.
 */
function foundedProblem(day: string, { lab }: Opened): string | undefined {
  const dated = [
    ...[...lab.members.values()].map(({ record }) => ({ date: record?.joined, what: `${record?.name} joined` })),
    ...[...lab.events.values()].map(({ record }) => ({ date: record?.date, what: `the event "${record?.title}" took place` })),
    ...[...lab.projects.values()].map(({ record }) => ({ date: record?.started, what: `the project ${record?.name} started` })),
    ...[...lab.reports.values()].map(({ record }) => {
      const period = record && reportPeriod(record);
      return { date: period?.end, what: `the period of its report for ${period?.label} ended` };
    }),
  ];
  const [first] = dated.filter(({ date }) => date !== undefined && date < day).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
  if (!first) return undefined;
  return `${day} is after ${first.what} on ${formatDay(first.date)}; nothing in a lab's records comes before its founding: give that day or an earlier one`;
}

/** The OKR flags' answers so far, as edits. */
const okrEdits = (given: Given) => ({ objectives: givenList(given, 'addObjective'), keyResults: givenList(given, 'addKeyResult'), currents: givenList(given, 'keyResult') });

/**
 * `cil lab edit <lab>`: lab.yaml's fields by flag (nothing else is asked) or, on a terminal,
 * each asked with its current value as the default. Leads are added and removed, but an
 * active lab is never left without one; channels are set as `name=link` (`name=` removes
 * one); objectives and key results are added, and key results' current values updated.
 */
export const labEdit = writingCommand({
  arguments: { lab: argument("the lab's id") },
  switches: {},
  edits: true,
  fields: {
    name: labText('name', "The lab's name", true),
    city: labText('city', 'City the lab serves', true),
    province: editing(
      choice({ question: 'Province or territory', valueName: 'province', required: true, choices: enumChoices<LabRecord['province']>('province'), check: bySchema('lab', ['province']) }),
      ({ record }: Opened) => record.province,
    ),
    founded: editing(
      dateField<Opened, true>('Date the lab started', 'lab', ['founded'], {
        required: true,
        check: (day, _given, opened) => bySchema('lab', ['founded'])(day) ?? foundedProblem(day, opened),
      }),
      ({ record }: Opened) => record.founded,
    ),
    description: labText('description', 'What the lab works on, in a sentence or two', false),
    status: editing(
      choice({ question: 'Where the lab stands', valueName: 'status', required: true, choices: enumChoices<Status>('labStatus'), check: bySchema('lab', ['status']) }),
      ({ record }: Opened) => record.status,
    ),
    addLead: choices({
      question: 'Members to add as leads',
      help: 'an active member who leads the lab too (repeat for more)',
      valueName: 'member',
      choices: (_given, opened: Opened) => memberChoices(opened.lab).filter((entry) => !opened.record.leads.includes(entry.value)),
      check: (ids, _given, opened: Opened) =>
        knownMembers(opened.lab, ids)
        ?? ids.map((id) => (opened.record.leads.includes(id) ? `${id} already leads lab ${opened.lab.id}` : canLead(opened, id, opened.today) ? undefined : `${id} is not an active member of lab ${opened.lab.id}, so cannot lead it`)).find(Boolean),
    }),
    removeLead: choices({
      question: 'Leads to remove',
      help: 'a lead who no longer leads the lab (repeat for more); an active lab keeps at least one',
      valueName: 'member',
      choices: (_given, { record, lab }: Opened) =>
        record.leads.map((id) => {
          const name = lab.members.get(id)?.record?.name;
          return { name: name === undefined ? id : `${name} (${id})`, value: id };
        }),
      check: (ids, given, opened: Opened) => removeLeadProblem(ids, given, opened),
    }),
    channel: editing(
      texts({
        question: 'Channel, as name=link (name= removes it)',
        help: 'set a channel, as name=link (slack=#cil-lahore); name= removes it (repeat for more)',
        valueName: 'name=link',
        check: (entries, _given, opened: Opened) => channelProblem(entries, opened),
      }),
      channelTexts,
    ),
    addObjective: editing(
      texts({ question: 'Objective (new ones are added)', help: 'add an objective (repeat for more)', valueName: 'text', check: (entries) => entries.map(bySchema('lab', ['okrs', 0, 'objective'])).find(Boolean) }),
      ({ record }: Opened) => (record.okrs ?? []).map((okr) => okr.objective),
    ),
    addKeyResult: editing(
      texts({
        question: 'Key result, as objective/description=target (new ones are added)',
        help: 'add a key result to an objective (its number or text): "1/Publish datasets=3"; an existing one gets the target (repeat for more)',
        valueName: 'objective/description=target',
        check: (entries, given, { record }: Opened) =>
          contactDataIn(entries) ?? editOkrs(record.okrs ?? [], { ...okrEdits(given), keyResults: entries, currents: [] }).error,
      }),
      ({ record }: Opened) => okrTexts(record.okrs ?? [], (keyResult) => keyResult.target),
    ),
    keyResult: editing(
      texts({
        question: "Key result's current value, as objective/key result=current",
        help: 'update a key result\'s current value: "1/2=5" (objective and key result by number or text; repeat for more)',
        valueName: 'objective/key-result=current',
        check: (entries, given, { record }: Opened) => editOkrs(record.okrs ?? [], { ...okrEdits(given), currents: entries }).error,
      }),
      ({ record }: Opened) => okrTexts(record.okrs ?? [], (keyResult) => keyResult.current),
    ),
  },
  open: ({ lab }, _switches, options) => openLabRecord(options, lab),
  plan(opened, answers) {
    const { record, lab } = opened;
    const changes: string[] = [];
    const text = editYaml(opened.path, opened.text, (map, doc) => {
      const order = propertyOrder('lab');
      for (const key of ['name', 'city', 'province', 'founded', 'description', 'status'] as const) {
        const value = answers[key];
        if (value === undefined || value === record[key]) continue;
        setScalar(map, doc, key, value, order);
        const was = key === 'status' || key === 'founded' ? ` (was ${record[key]})` : '';
        changes.push(key === 'description' ? 'set the description' : `set ${key} to ${value}${was}`);
      }
      changes.push(...editLeads(map, doc, opened, answers.addLead ?? [], answers.removeLead ?? []));
      changes.push(...editChannels(map, doc, record, answers.channel ?? []));
      const okrs = { objectives: answers.addObjective, keyResults: answers.addKeyResult, currents: answers.keyResult };
      changes.push(...editOkrs(record.okrs ?? [], okrs, { record: map, doc }).changes);
    });
    return {
      root: opened.root,
      files: [{ path: opened.path, text, replaces: true }],
      refreshLab: lab.id,
      message: `Edit lab ${lab.id}: ${changes.join(', ') || 'no change'}`,
    };
  },
});

/** Sets a field in the schema's order; a value written already is changed in place, keeping its comment. */
function setScalar(map: YAMLMap, doc: Document, key: string, value: string, order: readonly string[]): void {
  const node = map.get(key, true);
  if (isScalar(node)) node.value = value;
  else setInOrder(map, doc, key, value, order);
}

/** Adds and removes leads, keeping the list's style (`leads: [a, b]` stays in brackets). */
function editLeads(map: YAMLMap, doc: Document, opened: Opened, add: readonly string[], remove: readonly string[]): string[] {
  const leads = leadsAfter(opened, { addLead: add }, remove);
  const list = map.get('leads', true);
  if (isSeq(list)) {
    list.items = list.items.filter((item) => !(isScalar(item) && remove.includes(String(item.value))));
    for (const id of add) if (!opened.record.leads.includes(id)) list.items.push(doc.createNode(id));
  } else setKey(map, doc, 'leads', leads);
  return [...add.filter((id) => !opened.record.leads.includes(id)).map((id) => `add lead ${id}`), ...remove.map((id) => `remove lead ${id}`)];
}

/** Sets (`name=link`) and removes (`name=`) channels. */
function editChannels(map: YAMLMap, doc: Document, record: LabRecord, entries: readonly string[]): string[] {
  const changes: string[] = [];
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    const [name, link] = [entry.slice(0, equals).trim(), entry.slice(equals + 1).trim()];
    const channels = map.get('channels', true);
    const now = isMap(channels) ? channels.get(name) : undefined;
    if (link === '') {
      if (isMap(channels) && now !== undefined) {
        removeKey(channels, name, { map, key: 'channels' });
        changes.push(`remove channel ${name}`);
      }
    } else if (now !== link) {
      if (isMap(channels)) setKey(channels, doc, name, link);
      else setInOrder(map, doc, 'channels', { [name]: link }, propertyOrder('lab'));
      changes.push(`set channel ${name}${record.channels?.[name] === undefined ? '' : ` (was ${record.channels[name]})`}`);
    }
  }
  return changes;
}
