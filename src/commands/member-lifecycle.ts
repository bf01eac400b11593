import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import { CliError } from '../errors.js';
import { currentWarnings } from '../network/membership.js';
import { type Field, type Flags, gather } from '../prompt/gather.js';
import type { MemberRecord } from '../schema/records.generated.js';
import { editYaml, setKey } from '../write/edit-record.js';
import { bySchema, dateField } from './fields.js';
import { type OpenLab, openLab, saveFiles, type WriteResult, type WritingOptions } from './writing.js';

type Step = 'warn' | 'offboard' | 'reinstate';

/** `cil member warn <lab> <member> --reason [--date]`: a formal warning, as the handbook gives for inactivity. */
export function memberWarn(labId: string, memberId: string, flags: Flags, options: WritingOptions): Promise<WriteResult> {
  return lifecycle('warn', labId, memberId, flags, options);
}

/**
 * `cil member offboard <lab> <member> --reason --handover [--date]`: offboarding after the
 * handbook's warnings; refused (exit 1) before `warnings_before_offboarding` of them unless `--force`.
 */
export function memberOffboard(labId: string, memberId: string, flags: Flags, options: WritingOptions): Promise<WriteResult> {
  return lifecycle('offboard', labId, memberId, flags, options);
}

/** `cil member reinstate <lab> <member> --terms [--date]`: a successful appeal, on agreed terms. */
export function memberReinstate(labId: string, memberId: string, flags: Flags, options: WritingOptions): Promise<WriteResult> {
  return lifecycle('reinstate', labId, memberId, flags, options);
}

async function lifecycle(step: Step, labId: string, memberId: string, flags: Flags, options: WritingOptions): Promise<WriteResult> {
  const opened = openLab(options, labId);
  const file = opened.lab.members.get(memberId);
  if (!file) {
    throw new CliError(`there is no member \`${memberId}\` in lab ${labId}; the lab's members are in ${opened.lab.dir}/members/`);
  }
  if (!file.record || file.text === undefined) throw new CliError(`${file.path} has problems to fix first; \`cil audit ${file.path}\` shows them`);
  const member = file.record;
  refuseWrongStatus(step, member, memberId);
  if (step === 'offboard' && !options.force) refuseEarlyOffboarding(member, opened.settings.policy.warnings_before_offboarding);
  const answers = await gather(fieldsOf(step, member, opened), flags, options);
  const date = answers.date as string;
  const notes: string[] = [];
  const text = editYaml(file.path, file.text, (record, doc) => {
    switch (step) {
      case 'warn':
        append(record, doc, 'warnings', { date, reason: answers.reason }, 'status');
        break;
      case 'offboard':
        setKey(record, doc, 'status', 'offboarded');
        setKey(record, doc, 'offboarded', { date, reason: answers.reason, handover: answers.handover }, 'warnings');
        break;
      case 'reinstate':
        setKey(record, doc, 'status', 'active');
        append(record, doc, 'reinstated', { date, terms: answers.terms }, 'offboarded');
        break;
    }
  });
  if (step === 'offboard' && opened.lab.lab?.record?.leads.includes(memberId)) {
    notes.push(`${member.name} was a lead of lab ${labId}: name another lead in ${opened.lab.dir}/lab.yaml.`);
  }
  const verbs: Record<Step, string> = { warn: 'Warn', offboard: 'Offboard', reinstate: 'Reinstate' };
  const result = await saveFiles(opened.root, [{ path: file.path, text, replaces: true }], {
    ...options,
    force: false,
    refreshLab: labId,
    message: `${verbs[step]} member ${member.name} of lab ${labId}`,
  });
  return { ...result, notes: [...(result.notes ?? []), ...notes] };
}

function refuseWrongStatus(step: Step, member: MemberRecord, id: string): void {
  if (step === 'reinstate' && member.status !== 'offboarded') {
    throw new CliError(`${member.name} (${id}) is ${member.status}, not offboarded; only an offboarded member is reinstated`);
  }
  if (step !== 'reinstate' && member.status !== 'active') {
    throw new CliError(`${member.name} (${id}) is ${member.status}; only an active member can be ${step === 'warn' ? 'warned' : 'offboarded'}`);
  }
}

/** The handbook offboards after formal warnings; before them it takes --force, and says why not. */
function refuseEarlyOffboarding(member: MemberRecord, needed: number): void {
  const warnings = currentWarnings(member).length;
  if (warnings >= needed) return;
  throw new CliError(
    `${member.name} has had ${warnings} formal warning${warnings === 1 ? '' : 's'} and the handbook asks for ${needed} before offboarding; nothing was written. Give a warning with \`cil member warn\`, or add --force when there is a reason to offboard now`,
    1,
  );
}

function fieldsOf(step: Step, member: MemberRecord, { today }: OpenLab): Field[] {
  const notBefore = (after: string | undefined, what: string) => (value: unknown) =>
    bySchema('member', ['joined'])(value) ?? (after !== undefined && String(value) < after ? `${String(value)} is before ${what} (${after})` : undefined);
  const date: Field = {
    ...dateField('date', '--date', step === 'warn' ? 'Date of the warning' : step === 'offboard' ? 'Date of offboarding' : 'Date of reinstatement', 'member', ['joined'], today),
    check: step === 'reinstate' ? notBefore(member.offboarded?.date, 'the offboarding') : notBefore(member.joined, 'the day they joined'),
  };
  const text = (key: string, flag: string, question: string, path: (string | number)[]): Field => ({
    key,
    flag,
    question,
    type: 'text',
    required: true,
    check: bySchema('member', path),
  });
  switch (step) {
    case 'warn':
      return [text('reason', '--reason', 'Reason for the warning', ['warnings', 0, 'reason']), date];
    case 'offboard':
      return [
        text('reason', '--reason', 'Reason for offboarding', ['offboarded', 'reason']),
        text('handover', '--handover', 'Who takes over their work, and how', ['offboarded', 'handover']),
        date,
      ];
    case 'reinstate':
      return [text('terms', '--terms', 'Terms agreed for their return', ['reinstated', 0, 'terms']), date];
  }
}

/** Appends an entry to a list of the record, making the list (after `after`) when there is none. */
function append(record: YAMLMap, doc: Document, key: string, entry: object, after: string): void {
  const list = record.get(key, true);
  if (isSeq(list)) list.items.push(doc.createNode(entry));
  else if (!isMap(list)) setKey(record, doc, key, [entry], after);
}
