import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from '../errors.js';
import { reportNameFor } from '../handbook/report-names.js';
import type { LabFolder, RecordFile } from '../network/types.js';
import { type ReportDraftContext, type ReportKind, readNarrativeFile } from '../prompt/report-fields.js';
import { narrativeFields } from '../reports/context.js';
import { narrativeFlagsOf } from '../reports/narrative-flags.js';
import { renderReport } from '../reports/render.js';
import { loadTemplates } from '../reports/templates.js';
import type { ReportRecord } from '../schema/records.generated.js';
import { validateRecord } from '../schema/validate.js';
import type { OpenLab } from './open-lab.js';
import { recordToYaml } from './record-yaml.js';
import type { PlannedFile } from './write-files.js';

/** A lab opened to draft a report in, with the `--from` file read. */
export interface OpenReport extends OpenLab, ReportDraftContext {
  force: boolean;
}

/**
 * Why a report cannot be drafted under a name, asked as soon as the name is known: its record
 * or document exists already (without `force`), so the questions after it would be in vain.
 */
export function reportTaken(opened: OpenReport, name: string): string | undefined {
  if (opened.force) return undefined;
  const path = `${opened.lab.dir}/reports/${name}`;
  const existing = [`${path}.yaml`, `${path}.md`].find((file) => existsSync(join(opened.root, file)));
  return existing && `${existing} already exists; choose another, or use --force to replace the report`;
}

export function openReport(opened: OpenLab, kind: ReportKind, switches: { force?: boolean; from?: string }, cwd: string): OpenReport {
  const base = switches.from === undefined ? {} : readNarrativeFile(resolve(cwd, switches.from), kind);
  return { ...opened, base, fromFile: switches.from !== undefined, force: switches.force === true };
}

/**
 * A new report's YAML and its rendered document, ready to write: refused when the record
 * would not pass its schema, when it cannot be rendered, or when the report exists (unless
 * `force`). `folder` is the lab as the report sees it (`project close` closes the project first).
 */
export function draftReportFiles(
  opened: OpenReport,
  fields: Readonly<Record<string, unknown>>,
  folder: LabFolder = opened.lab,
): { name: string; files: PlannedFile[] } {
  const kind = String(fields.kind);
  const record = orderLike({ ...opened.base, ...fields }, kind);
  const problem = validateRecord('report', record)[0];
  if (problem) throw new CliError(`the report would not be valid: ${problem.message}`);
  const name = reportNameFor(record) as string;
  const path = `${folder.dir}/reports/${name}`;
  if (!opened.force) {
    for (const existing of [`${path}.yaml`, `${path}.md`].filter((file) => existsSync(join(opened.root, file)))) {
      throw new CliError(`${existing} already exists; nothing was written (use --force to replace the report)`);
    }
  }
  const text = recordToYaml(record);
  const file: RecordFile<ReportRecord> = { path: `${path}.yaml`, kind: 'report', lab: folder.id, id: name, entry: 'file', text, data: record, record, syntaxProblems: [], schemaProblems: [] };
  const withReport = { ...folder, reports: new Map(folder.reports).set(name, file) };
  const rendered = renderReport(withReport, name, opened.settings, loadTemplates(opened.root));
  if (rendered?.text === undefined) throw new CliError(`${path}.yaml cannot be rendered: ${rendered?.problem ?? 'its period or project is unknown'}`);
  return {
    name,
    files: [
      { path: `${path}.yaml`, text, replaces: opened.force },
      { path: `${path}.md`, text: rendered.text, replaces: opened.force },
    ],
  };
}

/** The report's keys in order: kind, period or project, submitted, authors, then the narrative as the handbook lists it. */
function orderLike(record: Readonly<Record<string, unknown>>, kind: string): ReportRecord {
  const order = [
    'kind',
    'period',
    'project',
    'submitted',
    'authors',
    ...narrativeFlagsOf(kind).map((flag) => flag.field),
    'hours',
    ...narrativeFields().map(([field]) => field),
  ];
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  entries.sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries) as Partial<ReportRecord> as ReportRecord;
}
