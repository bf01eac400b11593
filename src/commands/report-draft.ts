import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultPeriod, type PeriodicKind, periodOf } from '../calendar/periods.js';
import { CliError } from '../errors.js';
import { parseYaml } from '../network/parse-yaml.js';
import { readSource } from '../network/read-source.js';
import { reportNameFor } from '../network/report-names.js';
import type { RecordFile } from '../network/types.js';
import { type Field, type Flags, gather } from '../prompt/gather.js';
import { narrativeFields } from '../reports/context.js';
import { narrativeFlagsOf } from '../reports/narrative-flags.js';
import { renderReport } from '../reports/render.js';
import { loadTemplates } from '../reports/templates.js';
import type { ReportRecord } from '../schema/records.generated.js';
import { checkValue, validateRecord } from '../schema/validate.js';
import { recordToYaml } from '../write/record-yaml.js';
import type { PlannedFile } from '../write/write-files.js';
import { knownMembers, memberChoices } from './fields.js';
import { type OpenLab, openLab, saveFiles, type WriteResult, type WritingOptions } from './writing.js';

export type ReportKind = ReportRecord['kind'];

export interface DraftOptions extends WritingOptions {
  /** A YAML file holding narrative fields (any the kind takes, KPIs and artifacts too). */
  from?: string;
}

/**
 * `cil report <kind> <lab>`: drafts a report's YAML from flags, a `--from` file or questions,
 * and renders its document beside it. An existing report is never overwritten (`--force` aside).
 */
export async function reportDraft(kind: ReportKind, labId: string, flags: Flags, options: DraftOptions): Promise<WriteResult> {
  const opened = openLab(options, labId);
  const { files, name } = await draftFiles(kind, opened, flags, options);
  return saveFiles(opened.root, files, { ...options, refreshLab: labId, message: `Draft the ${kind} report ${name} of lab ${labId}` });
}

/** The report's YAML and its rendered document, ready to write; used by `project close` too. */
export async function draftFiles(
  kind: ReportKind,
  opened: OpenLab,
  flags: Flags,
  options: DraftOptions,
): Promise<{ files: PlannedFile[]; name: string; record: ReportRecord }> {
  const { root, lab, today, settings } = opened;
  const base = options.from === undefined ? {} : readFrom(resolve(options.cwd, options.from), kind);
  const periodic = kind !== 'discovery' && kind !== 'closure';
  const narrative = narrativeFlagsOf(kind);
  const narrativeGiven = narrative.some((flag) => flags[flag.option] !== undefined) || options.from !== undefined;
  const fields: Field[] = [
    periodic
      ? {
          key: 'period',
          flag: '--period',
          question: 'Period reported on',
          type: 'text',
          required: true,
          default: () => base.period ?? defaultPeriod(kind as PeriodicKind, today, settings.policy).id,
          check: (value) =>
            periodOf(kind as PeriodicKind, String(value))
              ? undefined
              : `\`${String(value)}\` is not a ${kind} period; ${PERIOD_FORMS[kind as PeriodicKind]}`,
        }
      : {
          key: 'project',
          flag: '--project',
          question: 'Project reported on',
          type: 'choice',
          required: true,
          default: () => base.project,
          choices: () => [...lab.projects.entries()].map(([id, file]) => ({ name: file.record?.name ?? id, value: id })),
          check: (value) =>
            lab.projects.has(String(value)) ? undefined : `\`${String(value)}\` is not a project of lab ${lab.id}; projects: ${[...lab.projects.keys()].join(', ') || 'none yet'}`,
        },
    { key: 'submitted', flag: '--submitted', question: 'Date submitted (YYYY-MM-DD)', type: 'text', required: true, default: () => base.submitted ?? today, check: (value) => checkValue('report', ['submitted'], value) },
    { key: 'authors', flag: '--authors', question: 'Authors', type: 'choices', default: () => base.authors, choices: () => memberChoices(lab), check: knownMembers(lab) },
    ...narrative.map((flag): Field => ({
      key: flag.option,
      flag: flag.flag,
      question: flag.question,
      type: flag.list ? 'texts' : 'text',
      check: (value) => checkValue('report', [flag.field], flag.list ? value : String(value)),
    })),
  ];
  const answers = await gather(fields, flags, { ...options, ask: !narrativeGiven && !options.yes });
  const record = {
    ...base,
    kind,
    ...(periodic ? { period: answers.period } : { project: answers.project }),
    submitted: answers.submitted,
    authors: answers.authors,
    ...Object.fromEntries(narrative.filter((flag) => answers[flag.option] !== undefined).map((flag) => [flag.field, answers[flag.option]])),
  } as ReportRecord;
  const ordered = orderLike(record, kind);
  const problem = validateRecord('report', ordered)[0];
  if (problem) throw new CliError(`the report would not be valid: ${problem.message}`);
  const name = reportNameFor(ordered) as string;
  const path = `${lab.dir}/reports/${name}`;
  if (!options.force) {
    for (const existing of [`${path}.yaml`, `${path}.md`].filter((file) => existsSync(join(root, file)))) {
      throw new CliError(`${existing} already exists; nothing was written (use --force to replace the report)`);
    }
  }
  const text = recordToYaml(ordered);
  const file: RecordFile<ReportRecord> = { path: `${path}.yaml`, kind: 'report', lab: lab.id, id: name, entry: 'file', text, data: ordered, record: ordered, syntaxProblems: [], schemaProblems: [] };
  const folder = { ...lab, reports: new Map(lab.reports).set(name, file) };
  const rendered = renderReport(folder, name, settings, loadTemplates(root));
  if (rendered?.text === undefined) throw new CliError(`${path}.yaml cannot be rendered: ${rendered?.problem ?? 'its period or project is unknown'}`);
  return {
    name,
    record: ordered,
    files: [
      { path: `${path}.yaml`, text, replaces: options.force },
      { path: `${path}.md`, text: rendered.text, replaces: options.force },
    ],
  };
}

const PERIOD_FORMS: Readonly<Record<PeriodicKind, string>> = {
  monthly: 'write a month as YYYY-MM, like 2026-11',
  quarterly: 'write a quarter as YYYY-Qn, like 2026-Q4',
  midyear: 'write the first half of a year as YYYY-H1, like 2026-H1',
  annual: 'write a year, like 2026',
};

/** The narrative in a `--from` file: a mapping of report fields. */
function readFrom(path: string, kind: ReportKind): Partial<ReportRecord> & Record<string, unknown> {
  if (!existsSync(path)) throw new CliError(`--from: ${path} does not exist`);
  const read = readSource(path);
  if ('problem' in read) throw new CliError(`--from: ${path}: ${read.problem.message}`);
  const parsed = parseYaml(read.text);
  const [problem] = parsed.problems;
  if (problem) throw new CliError(`--from: ${path}: ${problem.message}`);
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    throw new CliError(`--from: ${path} must hold a mapping of report fields, like \`successes: [...]\``);
  }
  const data = parsed.data as Record<string, unknown>;
  if (data.kind !== undefined && data.kind !== kind) throw new CliError(`--from: ${path} is a ${String(data.kind)} report, not a ${kind} one`);
  return data;
}

/** The report's keys in order: kind, period or project, submitted, authors, then the narrative as the handbook lists it. */
function orderLike(record: ReportRecord, kind: ReportKind): ReportRecord {
  const order = [
    'kind',
    'period',
    'project',
    'submitted',
    'authors',
    ...narrativeFlagsOf(kind).map((flag) => flag.field),
    ...narrativeFields().map(([field]) => field),
  ];
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  entries.sort(([a], [b]) => rank(a, order) - rank(b, order));
  return Object.fromEntries(entries) as ReportRecord;
}

function rank(key: string, order: string[]): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}
