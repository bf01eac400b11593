import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import { CliError } from '../errors.js';
import { currentWarnings } from '../handbook/membership.js';
import { argument, type Field, flag, text } from '../prompt/fields.js';
import { bySchema, dateOrToday } from '../prompt/record-fields.js';
import type { MemberRecord } from '../schema/records.generated.js';
import type { RecordPath } from '../schema/types.js';
import { editYaml, setKey } from '../write/edit-record.js';
import { type OpenLab, openLab, recordToEdit } from '../write/open-lab.js';
import type { Plan } from '../write/save.js';
import { type WritingOptions, writingCommand } from '../write/writing-command.js';

/** A member of a lab, opened to record a step of their life cycle. */
interface OpenMember extends OpenLab {
  id: string;
  path: string;
  text: string;
  member: MemberRecord;
}

const ARGUMENTS = { lab: argument("the lab's id"), member: argument("the member's id") };

function openMember(lab: string, id: string, options: WritingOptions): OpenMember {
  const opened = openLab(options, lab);
  const file = recordToEdit(opened.lab.members, id, `there is no member \`${id}\` in lab ${lab}; the lab's members are in ${opened.lab.dir}/members/`);
  return { ...opened, id, path: file.path, text: file.text, member: file.record };
}

/** The day of the step: today unless given, and never before `after` (the day they joined, or were offboarded). */
function dateOf(question: string, after: (member: MemberRecord) => string | undefined, what: string): Field<string, OpenMember, true> {
  return {
    ...dateOrToday<OpenMember>(question, 'member', ['joined']),
    check(value, _given, { member }) {
      const since = after(member);
      return bySchema('member', ['joined'])(value) ?? (since !== undefined && value < since ? `${value} is before ${what} (${since})` : undefined);
    },
  };
}

const reasonField = (question: string, path: RecordPath) => text({ question, valueName: 'text', required: true, check: bySchema('member', path) });

/** The edited member record, written in place, with the lab's documents refreshed. */
function editMember(opened: OpenMember, verb: string, edit: (record: YAMLMap, doc: Document) => void, notes: string[] = []): Plan {
  return {
    root: opened.root,
    files: [{ path: opened.path, text: editYaml(opened.path, opened.text, edit), replaces: true }],
    refreshLab: opened.lab.id,
    message: `${verb} member ${opened.member.name} of lab ${opened.lab.id}`,
    notes,
  };
}

function refuseUnlessActive(opened: OpenMember, doing: string): OpenMember {
  const { member, id } = opened;
  if (member.status !== 'active') throw new CliError(`${member.name} (${id}) is ${member.status}; only an active member can be ${doing}`);
  return opened;
}

/** `cil member warn <lab> <member> --reason [--date]`: a formal warning, as the handbook gives for inactivity. */
export const memberWarn = writingCommand({
  arguments: ARGUMENTS,
  switches: {},
  fields: {
    reason: reasonField('Reason for the warning', ['warnings', 0, 'reason']),
    date: dateOf('Date of the warning', (member) => member.joined, 'the day they joined'),
  },
  open: ({ lab, member }, _switches, options) => refuseUnlessActive(openMember(lab, member, options), 'warned'),
  plan: (opened, { reason, date }) =>
    editMember(opened, 'Warn', (record, doc) => append(record, doc, 'warnings', { date, reason }, 'status')),
});

/**
 * `cil member offboard <lab> <member> --reason --handover [--date]`: offboarding after the
 * handbook's warnings; refused (exit 1) before `warnings_before_offboarding` of them unless `--force`.
 */
export const memberOffboard = writingCommand({
  arguments: ARGUMENTS,
  switches: { force: flag({ question: "Offboard before the handbook's warnings were given" }) },
  fields: {
    reason: reasonField('Reason for offboarding', ['offboarded', 'reason']),
    handover: reasonField('Who takes over their work, and how', ['offboarded', 'handover']),
    date: dateOf('Date of offboarding', (member) => member.joined, 'the day they joined'),
  },
  open({ lab, member }, { force }, options) {
    const opened = refuseUnlessActive(openMember(lab, member, options), 'offboarded');
    if (force !== true) refuseEarlyOffboarding(opened.member, opened.settings.policy.warnings_before_offboarding);
    return opened;
  },
  plan(opened, { reason, handover, date }) {
    const lead = opened.lab.lab?.record?.leads.includes(opened.id) === true;
    const notes = lead ? [`${opened.member.name} was a lead of lab ${opened.lab.id}: name another lead in ${opened.lab.dir}/lab.yaml.`] : [];
    return editMember(
      opened,
      'Offboard',
      (record, doc) => {
        setKey(record, doc, 'status', 'offboarded');
        setKey(record, doc, 'offboarded', { date, reason, handover }, 'warnings');
      },
      notes,
    );
  },
});

/** `cil member reinstate <lab> <member> --terms [--date]`: a successful appeal, on agreed terms. */
export const memberReinstate = writingCommand({
  arguments: ARGUMENTS,
  switches: {},
  fields: {
    terms: reasonField('Terms agreed for their return', ['reinstated', 0, 'terms']),
    date: dateOf('Date of reinstatement', (member) => member.offboarded?.date, 'the offboarding'),
  },
  open({ lab, member }, _switches, options) {
    const opened = openMember(lab, member, options);
    if (opened.member.status !== 'offboarded') {
      throw new CliError(`${opened.member.name} (${opened.id}) is ${opened.member.status}, not offboarded; only an offboarded member is reinstated`);
    }
    return opened;
  },
  plan: (opened, { terms, date }) =>
    editMember(opened, 'Reinstate', (record, doc) => {
      setKey(record, doc, 'status', 'active');
      append(record, doc, 'reinstated', { date, terms }, 'offboarded');
    }),
});

/** The handbook offboards after formal warnings; before them it takes --force, and says why not. */
function refuseEarlyOffboarding(member: MemberRecord, needed: number): void {
  const warnings = currentWarnings(member).length;
  if (warnings >= needed) return;
  throw new CliError(
    `${member.name} has had ${warnings} formal warning${warnings === 1 ? '' : 's'} and the handbook asks for ${needed} before offboarding; nothing was written. Give a warning with \`cil member warn\`, or add --force when there is a reason to offboard now`,
    1,
  );
}

/** Appends an entry to a list of the record, making the list (after `after`) when there is none. */
function append(record: YAMLMap, doc: Document, key: string, entry: object, after: string): void {
  const list = record.get(key, true);
  if (isSeq(list)) list.items.push(doc.createNode(entry));
  else if (!isMap(list)) setKey(record, doc, key, [entry], after);
}
