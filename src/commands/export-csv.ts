import { stringify } from 'csv-stringify/sync';
import type { Period } from '../calendar/periods.js';
import { CliError } from '../errors.js';
import { leftOn, type MeetingAttendance, meetingAttendance, meetingKinds } from '../handbook/membership.js';
import { meetingsUpTo } from '../handbook/standing.js';
import type { LabFolder } from '../network/types.js';
import { argument, flag } from '../prompt/fields.js';
import { computeFigures, type Figures } from '../reports/figures.js';
import { reportPeriod } from '../reports/context.js';
import type { EventRecord, Kpi, LabRecord, MemberRecord, ProjectRecord, ReportRecord } from '../schema/records.generated.js';
import type { RecordKind } from '../schema/types.js';
import { withoutContactData } from '../text/contact-data.js';
import { type ExportOptions, type ExportResult, exportedLabs, exportFields, leftOutRecords, recordsById } from './export-scope.js';
import { openNetwork } from './read-network.js';

/** What can be exported as a sheet, one row per record (attendance: per member and meeting). */
export const CSV_KINDS = ['labs', 'members', 'events', 'attendance', 'projects', 'kpis', 'partners', 'reports'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

/** What `cil export csv` takes from its command line. */
export const exportCsvInputs = {
  arguments: { kind: { ...argument('what to export, one row per record'), choices: CSV_KINDS } },
  fields: {
    ...exportFields,
    bom: flag({ question: 'Start with a byte-order mark', help: 'start with a byte-order mark, so that Excel on Windows reads the file as UTF-8' }),
  },
};

type Cell = string | number | boolean | undefined;

/** A column of a sheet: its header, each row's cell, and whether `--public` leaves it out. */
interface CsvColumn<R> {
  header: string;
  cell(row: R): Cell;
  private?: boolean;
}

/** Lists in a cell: joined with a semicolon and a space, which no id, date or kind holds. */
const joined = (items: readonly (string | number)[] | undefined): string => (items ?? []).join('; ');

interface LabRow { lab: string; record: LabRecord }
interface MemberRow { lab: string; id: string; member: MemberRecord }
interface EventRow { lab: string; id: string; event: EventRecord }
interface AttendanceRow { lab: string; id: string; event: EventRecord; member: string; name: string; attendance: MeetingAttendance }
interface ProjectRow { lab: string; id: string; project: ProjectRecord }
interface KpiRow { lab: string; project: string; kpi: Kpi }
interface PartnerRow { lab: string; partner: NonNullable<LabRecord['partners']>[number] }
interface ReportRow { lab: string; name: string; report: ReportRecord; period: Period | undefined; figures: Figures | undefined }

const LAB_COLUMNS: CsvColumn<LabRow>[] = [
  { header: 'lab', cell: (row) => row.lab },
  { header: 'name', cell: (row) => row.record.name },
  { header: 'city', cell: (row) => row.record.city },
  { header: 'province', cell: (row) => row.record.province },
  { header: 'founded', cell: (row) => row.record.founded },
  { header: 'status', cell: (row) => row.record.status },
  { header: 'leads', cell: (row) => joined(row.record.leads) },
  { header: 'meeting_kinds', cell: (row) => joined(meetingKinds(row.record)) },
  { header: 'partners', cell: (row) => (row.record.partners ?? []).length },
  { header: 'description', cell: (row) => row.record.description },
];

const MEMBER_COLUMNS: CsvColumn<MemberRow>[] = [
  { header: 'lab', cell: (row) => row.lab },
  { header: 'member', cell: (row) => row.id },
  { header: 'name', cell: (row) => row.member.name },
  { header: 'github', cell: (row) => row.member.github },
  { header: 'joined', cell: (row) => row.member.joined },
  { header: 'status', cell: (row) => row.member.status },
  { header: 'roles', cell: (row) => joined(row.member.roles.map((role) => role.role)) },
  { header: 'weekly_hours', cell: (row) => row.member.weekly_hours },
  { header: 'skills', cell: (row) => joined(row.member.skills) },
  { header: 'gender', cell: (row) => row.member.gender },
  { header: 'left', cell: (row) => leftOn(row.member) },
  { header: 'offboarded', cell: (row) => row.member.offboarded?.date },
  { header: 'reinstated', cell: (row) => joined((row.member.reinstated ?? []).map((entry) => entry.date)) },
  { header: 'warnings', cell: (row) => joined((row.member.warnings ?? []).map((warning) => warning.date)), private: true },
  { header: 'offboarded_reason', cell: (row) => row.member.offboarded?.reason, private: true },
  { header: 'left_reason', cell: (row) => row.member.left?.reason, private: true },
];

const EVENT_COLUMNS: CsvColumn<EventRow>[] = [
  { header: 'lab', cell: (row) => row.lab },
  { header: 'event', cell: (row) => row.id },
  { header: 'date', cell: (row) => row.event.date },
  { header: 'starts', cell: (row) => row.event.starts },
  { header: 'ends', cell: (row) => row.event.ends },
  { header: 'until', cell: (row) => row.event.until },
  { header: 'title', cell: (row) => row.event.title },
  { header: 'kind', cell: (row) => row.event.kind },
  { header: 'online', cell: (row) => row.event.online === true },
  { header: 'venue', cell: (row) => row.event.venue },
  { header: 'organizers', cell: (row) => joined(row.event.organizers) },
  { header: 'partners', cell: (row) => joined(row.event.partners) },
  { header: 'citizens', cell: (row) => row.event.audience?.citizens },
  { header: 'technologists', cell: (row) => row.event.audience?.technologists },
  { header: 'government', cell: (row) => row.event.audience?.government },
  { header: 'women', cell: (row) => row.event.audience?.women },
  { header: 'present', cell: (row) => joined(row.event.attendance?.present), private: true },
  { header: 'excused', cell: (row) => joined(row.event.attendance?.excused), private: true },
  { header: 'takeaways', cell: (row) => joined(row.event.takeaways) },
  { header: 'links', cell: (row) => joined(row.event.links) },
  { header: 'description', cell: (row) => row.event.description },
];

const ATTENDANCE_COLUMNS: CsvColumn<AttendanceRow>[] = [
  { header: 'lab', cell: (row) => row.lab },
  { header: 'event', cell: (row) => row.id },
  { header: 'date', cell: (row) => row.event.date },
  { header: 'title', cell: (row) => row.event.title },
  { header: 'kind', cell: (row) => row.event.kind },
  { header: 'member', cell: (row) => row.member },
  { header: 'name', cell: (row) => row.name },
  { header: 'attendance', cell: (row) => row.attendance },
];

const PROJECT_COLUMNS: CsvColumn<ProjectRow>[] = [
  { header: 'lab', cell: (row) => row.lab },
  { header: 'project', cell: (row) => row.id },
  { header: 'name', cell: (row) => row.project.name },
  { header: 'status', cell: (row) => row.project.status },
  { header: 'started', cell: (row) => row.project.started },
  { header: 'ended', cell: (row) => row.project.ended },
  { header: 'partner', cell: (row) => row.project.partner },
  { header: 'mou_signed', cell: (row) => row.project.mou_signed },
  { header: 'team', cell: (row) => joined((row.project.team ?? []).map((member) => member.member)) },
  { header: 'repository', cell: (row) => row.project.repository },
  { header: 'license', cell: (row) => row.project.license },
  { header: 'website', cell: (row) => row.project.website },
  { header: 'redeployed_to', cell: (row) => joined((row.project.redeployments ?? []).map((redeployment) => redeployment.lab)) },
  { header: 'problem', cell: (row) => row.project.problem },
];

const KPI_COLUMNS: CsvColumn<KpiRow>[] = [
  { header: 'lab', cell: (row) => row.lab },
  { header: 'project', cell: (row) => row.project },
  { header: 'kpi', cell: (row) => row.kpi.name },
  { header: 'target', cell: (row) => row.kpi.target },
  { header: 'actual', cell: (row) => row.kpi.actual },
  { header: 'unit', cell: (row) => row.kpi.unit },
];

const PARTNER_COLUMNS: CsvColumn<PartnerRow>[] = [
  { header: 'lab', cell: (row) => row.lab },
  { header: 'partner', cell: (row) => row.partner.id },
  { header: 'name', cell: (row) => row.partner.name },
  { header: 'kind', cell: (row) => row.partner.kind },
  { header: 'mou_signed', cell: (row) => row.partner.mou_signed },
  { header: 'website', cell: (row) => row.partner.website },
];

const REPORT_COLUMNS: CsvColumn<ReportRow>[] = [
  { header: 'lab', cell: (row) => row.lab },
  { header: 'report', cell: (row) => row.name },
  { header: 'kind', cell: (row) => row.report.kind },
  { header: 'period', cell: (row) => (row.report.period === undefined ? undefined : String(row.report.period)) },
  { header: 'project', cell: (row) => row.report.project },
  { header: 'start', cell: (row) => row.period?.start },
  { header: 'end', cell: (row) => row.period?.end },
  { header: 'submitted', cell: (row) => row.report.submitted },
  { header: 'authors', cell: (row) => joined(row.report.authors) },
  { header: 'events', cell: (row) => row.figures?.eventCount },
  { header: 'meetings', cell: (row) => row.figures?.meetingCount },
  { header: 'citizens', cell: (row) => row.figures?.audience.citizens },
  { header: 'technologists', cell: (row) => row.figures?.audience.technologists },
  { header: 'government', cell: (row) => row.figures?.audience.government },
  { header: 'women', cell: (row) => row.figures?.audience.women },
  { header: 'active_members', cell: (row) => row.figures?.members.activeCount },
];

/**
 * Each kind's columns, in their documented order (the README's table), its rows, and the kinds
 * of record they are made from: only those files are read, and those of them that fail their
 * schema are said to be left out.
 */
interface Sheet {
  columns: readonly CsvColumn<never>[];
  reads: readonly RecordKind[];
  rows(folder: LabFolder, context: SheetContext): unknown[];
}

/** The rows of a lab's records of one kind, in order of id, each made from its lab, id and record. */
const eachRecord = <T, R>(
  files: (folder: LabFolder) => ReadonlyMap<string, { record?: T }>,
  row: (lab: string, id: string, record: T) => R[],
) =>
  (folder: LabFolder) => recordsById(files(folder)).flatMap(([id, record]) => row(folder.id, id, record));

const SHEETS: Readonly<Record<CsvKind, Sheet>> = {
  labs: { columns: LAB_COLUMNS, reads: ['lab'], rows: (folder) => (folder.lab?.record ? [{ lab: folder.id, record: folder.lab.record }] : []) },
  members: {
    columns: MEMBER_COLUMNS,
    reads: ['lab', 'member'],
    rows: eachRecord((folder) => folder.members, (lab, id, member) => [{ lab, id, member }]),
  },
  events: { columns: EVENT_COLUMNS, reads: ['lab', 'event'], rows: eachRecord((folder) => folder.events, (lab, id, event) => [{ lab, id, event }]) },
  attendance: { columns: ATTENDANCE_COLUMNS, reads: ['lab', 'member', 'event'], rows: attendanceRows },
  projects: {
    columns: PROJECT_COLUMNS,
    reads: ['lab', 'project'],
    rows: eachRecord((folder) => folder.projects, (lab, id, project) => [{ lab, id, project }]),
  },
  kpis: {
    columns: KPI_COLUMNS,
    reads: ['lab', 'project'],
    rows: eachRecord((folder) => folder.projects, (lab, project, record) => (record.kpis ?? []).map((kpi) => ({ lab, project, kpi }))),
  },
  partners: {
    columns: PARTNER_COLUMNS,
    reads: ['lab'],
    rows: (folder) => (folder.lab?.record?.partners ?? []).map((partner) => ({ lab: folder.id, partner })),
  },
  // A report's figures count the lab's members, events and projects.
  reports: { columns: REPORT_COLUMNS, reads: ['lab', 'member', 'event', 'project', 'report'], rows: reportRows },
};

interface SheetContext {
  asOf: string;
  policy: Parameters<typeof computeFigures>[2];
}

/**
 * One row per member and lab meeting held up to the day judged, oldest meeting first: every
 * member who was part of the lab that day, and anyone its attendance lists, as the handbook
 * reads attendance (the same logic as the audit's inactivity counts and `cil status`).
 */
function attendanceRows(folder: LabFolder, { asOf }: SheetContext): AttendanceRow[] {
  const members = recordsById(folder.members);
  return meetingsUpTo(folder, asOf).flatMap(({ file, event }) => {
    const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
    return members.flatMap(([member, record]) => {
      const attendance = meetingAttendance(member, record, event);
      return attendance ? [{ lab: folder.id, id, event, member, name: record.name, attendance }] : [];
    });
  });
}

function reportRows(folder: LabFolder, { policy }: SheetContext): ReportRow[] {
  return recordsById(folder.reports).map(([name, report]) => {
    const period = reportPeriod(folder, report);
    return { lab: folder.id, name, report, period, figures: period && computeFigures(folder, period, policy) };
  });
}

export interface ExportCsvOptions extends ExportOptions {
  kind: string;
  /** Start with a byte-order mark (for Excel). */
  bom?: boolean;
}

/**
 * `cil export csv <kind>`: one row per record of a kind, in RFC 4180 (quoted where a cell
 * needs it, CRLF line ends), UTF-8; dates as YYYY-MM-DD, lists joined with `; `, empty
 * cells for what is not recorded; contact details never, and with `--public` no column
 * about a person's conduct (and no attendance sheet). A text cell that a spreadsheet would
 * run as a formula starts with `'`.
 */
export function exportCsv(options: ExportCsvOptions): ExportResult {
  const kind = options.kind as CsvKind;
  if (!(CSV_KINDS as readonly string[]).includes(kind)) {
    throw new CliError(`\`${options.kind}\` is not something cil exports as CSV; choose one of ${CSV_KINDS.join(', ')}`);
  }
  if (kind === 'attendance' && options.public) {
    throw new CliError('attendance is left out of public exports: leave out --public to export who came to which meeting');
  }
  const sheet = SHEETS[kind];
  const { network, settings, asOf } = openNetwork(options, sheet.reads);
  const columns = (sheet.columns as readonly CsvColumn<unknown>[]).filter((column) => !(options.public && column.private));
  const context: SheetContext = { asOf, policy: settings.policy };
  const rows = exportedLabs(network, options.labs).flatMap((folder) => sheet.rows(folder, context));
  const records = rows.map((row) => columns.map((column) => cellValue(column.cell(row))));
  const text = stringify(records, {
    bom: options.bom === true,
    header: true,
    columns: columns.map((column) => column.header),
    record_delimiter: 'windows',
    // csv-stringify quotes a cell holding the record delimiter (CRLF), not one holding a bare
    // line break; RFC 4180 quotes both, and readers split a row at an unquoted one.
    quoted_match: /[\r\n]/,
    // A cell starting with =, +, -, @, a tab or a carriage return is a formula to Excel, which runs
    // it (`=HYPERLINK(...)` in a title): OWASP's advice against CSV injection, a `'` before it,
    // shows it as text. Numbers are left as they are, so a negative one stays a number.
    escape_formulas: true,
  });
  return { text, leftOut: leftOutRecords(network, options.labs, sheet.reads) };
}

/** A cell as csv-stringify takes it: a number stays a number (see `escape_formulas`), yes or no is `true` or `false`. */
function cellValue(cell: Cell): string | number {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return String(cell);
  return withoutContactData(cell);
}
