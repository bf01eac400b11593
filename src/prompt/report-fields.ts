import { existsSync } from 'node:fs';
import { CliError } from '../errors.js';
import { parseYaml } from '../network/parse-yaml.js';
import { readSource } from '../network/read-source.js';
import type { LabFolder } from '../network/types.js';
import { narrativeFlagsOf } from '../reports/narrative-flags.js';
import type { ReportRecord } from '../schema/records.generated.js';
import { article } from '../schema/explain.js';
import { checkValue } from '../schema/validate.js';
import { lowerFirst } from '../text/case.js';
import { choices, type Field, flag, type Given, text, texts } from './fields.js';
import { contactDataIn, dateField, knownMembers, memberChoices } from './record-fields.js';

export type ReportKind = ReportRecord['kind'];

/** The fields of a report in a `--from` file: narrative, and KPIs, artifacts and weekly summaries too. */
export type ReportBase = Readonly<Record<string, unknown>>;

/** What the fields of a report draft need: the lab, today, and the narrative of a `--from` file. */
export interface ReportDraftContext {
  lab: LabFolder;
  today: string;
  base: ReportBase;
  /** A `--from` file gave the narrative. */
  fromFile: boolean;
}

/** The switches of every report draft. */
export const REPORT_SWITCHES = {
  force: flag({ question: 'Replace a report that exists' }),
  from: text({ question: 'A YAML file holding the narrative (KPIs, artifacts and weekly summaries too)', valueName: 'file' }),
};

/** The report's date, authors and narrative of its kind, each checked by the report schema. */
export function reportFields(kind: ReportKind) {
  const fields = {
    submitted: dateField<ReportDraftContext, true>('Date submitted', 'report', ['submitted'], {
      required: true,
      defaultHelp: 'today',
      default: (_given, { base, today }) => (typeof base.submitted === 'string' ? base.submitted : today),
    }),
    authors: choices({
      question: 'Authors',
      help: 'member ids of the authors, separated by commas',
      valueName: 'ids',
      default: (_given, { base }: ReportDraftContext) => (Array.isArray(base.authors) ? base.authors.map(String) : undefined),
      choices: (_given, { lab }: ReportDraftContext) => memberChoices(lab),
      check: (value, _given, { lab }: ReportDraftContext) => knownMembers(lab, value),
    }),
  };
  const narrative: Record<string, Field<string | string[], ReportDraftContext>> = {};
  for (const entry of narrativeFlagsOf(kind)) {
    const check = (value: unknown) => contactDataIn(value) ?? checkValue('report', [entry.field], value);
    // A `--from` file's narrative is the default: asked on a terminal, it is kept or changed there.
    const lines = (_given: Given, { base }: ReportDraftContext) => {
      const value = base[entry.field];
      return Array.isArray(value) ? value.map(String) : undefined;
    };
    const line = (_given: Given, { base }: ReportDraftContext) => (typeof base[entry.field] === 'string' ? String(base[entry.field]) : undefined);
    narrative[entry.option] = entry.list
      ? texts({ question: entry.question, help: `${lowerFirst(entry.question)} (repeat for more)`, valueName: 'text', check, default: lines })
      : text({ question: entry.question, valueName: 'text', check, default: line });
  }
  return { ...fields, ...narrative };
}

/** The answers of a report's fields: its date, authors, and narrative by flag. */
export type ReportAnswers = { submitted: string; authors?: string[] } & Readonly<Record<string, unknown>>;

/** The narrative answers as the report's fields: `nextStep` fills `next_steps`. */
export function narrativeOf(kind: ReportKind, answers: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const given = narrativeFlagsOf(kind).filter((entry) => answers[entry.option] !== undefined);
  return Object.fromEntries(given.map((entry) => [entry.field, answers[entry.option]]));
}

/** The narrative in a `--from` file (an absolute path): a mapping of report fields. */
export function readNarrativeFile(path: string, kind: ReportKind | 'impact'): ReportBase {
  if (!existsSync(path)) throw new CliError(`--from: ${path} does not exist`);
  const read = readSource(path);
  if ('problem' in read) throw new CliError(`--from: ${path}: ${read.problem.message}`);
  const parsed = parseYaml(read.text);
  const [problem] = parsed.problems;
  if (problem) throw new CliError(`--from: ${path}: ${problem.message}`);
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new CliError(`--from: ${path} must hold a mapping of report fields, like \`successes: [...]\``);
  }
  const fields: Record<string, unknown> = { ...data };
  if (fields.kind !== undefined && fields.kind !== kind) {
    throw new CliError(`--from: ${path} is ${article(String(fields.kind))} report, not ${article(kind)} one`);
  }
  return fields;
}
