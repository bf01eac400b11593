import { periodOf } from '../calendar/periods.js';
import { judgedLabs } from '../handbook/judged.js';
import { parseReportName, type ReportKind } from '../handbook/report-names.js';
import { defaultPeriod, dueDate, type DueReport, dueReports } from '../handbook/reports-due.js';
import type { Settings } from '../network/settings.js';
import type { LabFolder, Network } from '../network/types.js';
import { choice, optionalArgument } from '../prompt/fields.js';
import { allowedValues } from '../schema/validate.js';
import { chosenLabs, type Column, type Listing, listFormat, openNetwork } from './read-network.js';

/**
 * Where a report stands: `submitted` (recorded, and on time where the handbook sets a due
 * day), `late` (submitted after it), `undated` (recorded without a `submitted` date, so
 * whether it came on time is unknown), `missing` (its due day has passed without it), or
 * `due` (the next one of its kind, not recorded yet, its due day still ahead).
 */
export type ReportState = 'submitted' | 'late' | 'undated' | 'missing' | 'due';

export interface ReportRow {
  /** The lab, or null for the network's own reports (the impact report). */
  lab: string | null;
  kind: ReportKind | 'impact';
  /** The report's name: 2026-11-monthly, toilet-finder-closure. */
  name: string;
  /** The period it covers (2026-11, 2026-Q4) or, for discovery and closure reports, the project. */
  of: string;
  state: ReportState;
  /** The last day it may be submitted on, for monthly and quarterly reports. */
  due?: string;
  submitted?: string;
  /** The report record, when it exists. */
  file?: string;
}

const KINDS = [...allowedValues('reportKind'), 'impact'] as (ReportKind | 'impact')[];
const STATES: Record<DueReport['state'], ReportState> = { 'missing': 'missing', 'late': 'late', 'on-time': 'submitted', 'undated': 'undated' };

/**
 * A lab's reports and where each stands as of a day: the monthly and quarterly ones as the
 * audit's report rules judge them (`dueReports`), the next of each kind that is due, and
 * every other report recorded.
 */
export function labReports(folder: LabFolder, settings: Settings, asOf: string, judged: boolean): ReportRow[] {
  const founded = folder.lab?.record?.founded;
  const dues = judged && founded !== undefined ? dueReports(folder, founded, settings.policy, asOf) : [];
  const rows: ReportRow[] = dues.map(({ kind, name, period, state, due, submitted, file }) => (
    { lab: folder.id, kind, name, of: period.id, state: STATES[state], due, submitted, file }
  ));
  const judgedNames = new Set(rows.map((row) => row.name));
  for (const [name, file] of folder.reports) {
    if (judgedNames.has(name)) continue;
    const parsed = parseReportName(name);
    if (!parsed) continue;
    const due = nextDue(parsed.kind, parsed.period, settings);
    rows.push({ lab: folder.id, kind: parsed.kind, name, of: parsed.period ?? parsed.project ?? '', state: 'submitted', due, submitted: file.record?.submitted, file: file.path });
  }
  if (judged && founded !== undefined) {
    for (const kind of ['monthly', 'quarterly'] as const) {
      const period = defaultPeriod(kind, asOf, settings.policy);
      const name = `${period.id}-${kind}`;
      if (period.start < founded || folder.reports.has(name) || judgedNames.has(name)) continue;
      rows.push({ lab: folder.id, kind, name, of: period.id, state: 'due', due: nextDue(kind, period.id, settings) });
    }
  }
  return rows.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.name.localeCompare(b.name));
}

/** The due day of a monthly or quarterly report not yet judged (the handbook sets none for the others). */
function nextDue(kind: ReportKind, id: string | undefined, { policy }: Settings): string | undefined {
  if (id === undefined || (kind !== 'monthly' && kind !== 'quarterly')) return undefined;
  const period = periodOf(kind, id);
  return period && dueDate(period, kind === 'monthly' ? policy.monthly_report_due_day : policy.quarterly_report_due_day);
}

/** The reports of the labs chosen (every lab, or the one named). */
export function reportRows(network: Network, settings: Settings, asOf: string, lab?: string): ReportRow[] {
  const judged = new Set(judgedLabs(network).map(({ folder }) => folder.id));
  const labs = chosenLabs(network, lab).flatMap((folder) => labReports(folder, settings, asOf, judged.has(folder.id)));
  if (lab !== undefined) return labs;
  // The network's impact reports, which no lab owns and the handbook gives no due day.
  const impact = [...network.impactReports].map(([name, file]): ReportRow => (
    { lab: null, kind: 'impact', name, of: name.slice(0, 4), state: 'submitted', submitted: file.record?.submitted, file: file.path }
  ));
  return [...labs, ...impact];
}

const fields = {
  kind: choice({ question: 'Only reports of this kind', valueName: 'kind', choices: KINDS }),
  format: listFormat,
};

const COLUMNS: Column<ReportRow>[] = [
  { header: 'LAB', cell: (row) => row.lab ?? '(network)' },
  { header: 'KIND', cell: (row) => row.kind },
  { header: 'PERIOD', cell: (row) => row.of },
  { header: 'STATE', cell: (row) => row.state },
  { header: 'DUE', cell: (row) => row.due },
  { header: 'SUBMITTED', cell: (row) => row.submitted },
];

/** `cil report list [lab] [--kind <kind>]`: each report, and whether it is due, submitted, late or missing. */
export const reportList: Listing<{ lab: ReturnType<typeof optionalArgument> }, typeof fields, ReportRow> = {
  inputs: { arguments: { lab: optionalArgument("only this lab's reports") }, fields },
  list(where, { lab }, answers) {
    const { network, settings, asOf } = openNetwork(where);
    const rows = reportRows(network, settings, asOf, lab).filter((row) => answers.kind === undefined || row.kind === answers.kind);
    const none = `No ${answers.kind === undefined ? '' : `${answers.kind} `}reports recorded or due${lab === undefined ? '' : ` in lab ${lab}`}.`;
    const json = (row: ReportRow) => ({
      lab: row.lab,
      kind: row.kind,
      name: row.name,
      period: row.kind === 'discovery' || row.kind === 'closure' ? null : row.of,
      project: row.kind === 'discovery' || row.kind === 'closure' ? row.of : null,
      state: row.state,
      due: row.due ?? null,
      submitted: row.submitted ?? null,
      file: row.file ?? null,
    });
    return { rows, columns: COLUMNS, json, none };
  },
};
