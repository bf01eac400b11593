import { type PeriodicKind, periodOf } from '../calendar/periods.js';
import { draftPeriod } from '../handbook/reports-due.js';
import { membersOwingHours } from '../handbook/hours.js';
import { amounts, argument, choice, text } from '../prompt/fields.js';
import { knownMembers } from '../prompt/record-fields.js';
import { checkValue } from '../schema/validate.js';
import { narrativeOf, REPORT_SWITCHES, type ReportAnswers, type ReportKind, reportFields } from '../prompt/report-fields.js';
import { openLab } from '../write/open-lab.js';
import { draftReportFiles, type OpenReport, openReport, reportTaken } from '../write/draft-report.js';
import type { Plan } from '../write/save.js';
import { writingCommand } from '../write/writing-command.js';

const PERIOD_FORMS: Readonly<Record<PeriodicKind, string>> = {
  monthly: 'write a month as YYYY-MM, like 2026-11',
  quarterly: 'write a quarter as YYYY-Qn, like 2026-Q4',
  midyear: 'write the first half of a year as YYYY-H1, like 2026-H1',
  annual: 'write a year, like 2026',
};

const PERIOD_DEFAULTS: Readonly<Record<PeriodicKind, string>> = {
  monthly: 'the oldest month whose update is missing, else the one due next, like 2026-11',
  quarterly: 'the oldest quarter whose report is missing, else the one due next, like 2026-Q4',
  midyear: 'the last first half of a year that ended, like 2026-H1',
  annual: 'last year, like 2025',
};

const baseText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/** The hours each core member reports for the month: one question per active member with a role, or `--hours member=N`. */
const hoursField = amounts({
  question: 'Hours reported for the month',
  help: 'the hours a core member reports for the month, as member=hours (repeat for each member)',
  valueName: 'member=hours',
  default: (_given, { base }: OpenReport) => hoursOf(base.hours),
  choices: (given, { lab, settings }: OpenReport) => {
    const period = periodOf('monthly', String(given.period ?? ''));
    return period ? membersOwingHours(lab, period.end, settings.policy).map(([id, member]) => ({ name: `${member.name} (${id})`, value: id })) : [];
  },
  check: (value, _given, { lab }: OpenReport) => knownMembers(lab, Object.keys(value)) ?? checkValue('report', ['hours'], value),
});

/**
 * `cil report <monthly|quarterly|midyear|annual> <lab>`: drafts a periodic report's YAML from
 * flags, a `--from` file or questions, and renders its document beside it. An existing
 * report is never overwritten (`--force` aside).
 */
export function periodicReportDraft(kind: PeriodicKind) {
  return writingCommand({
    arguments: { lab: argument("the lab's id") },
    switches: REPORT_SWITCHES,
    fields: {
      period: text({
        question: 'Period reported on',
        valueName: 'period',
        required: true,
        defaultHelp: PERIOD_DEFAULTS[kind],
        default: (_given, { base, lab, today, settings }: OpenReport) =>
          baseText(base.period) ?? draftPeriod(kind, lab, settings.policy, today).id,
        check: (value, _given, opened: OpenReport) =>
          periodOf(kind, value) ? reportTaken(opened, `${value}-${kind}`) : `\`${value}\` is not a ${kind} period; ${PERIOD_FORMS[kind]}`,
      }),
      ...reportFields(kind),
      // Only a monthly update records hours.
      ...(kind === 'monthly' ? { hours: hoursField } : {}),
    },
    open: ({ lab }, switches, options) => openReport(openLab(options, lab), kind, switches, options.cwd),
    plan: (opened, answers) => planReport(kind, opened, { period: answers.period }, answers),
    draft: (answers) => reportOf(kind, { period: answers.period }, answers),
  });
}

/** `cil report discovery <lab> --project <id>`: a project's discovery research report. */
export const discoveryReportDraft = projectReportDraft('discovery');

/** `cil report closure <lab> --project <id>`: a project's closure report (`project close` also drafts one). */
export const closureReportDraft = projectReportDraft('closure');

function projectReportDraft(kind: Extract<ReportKind, 'discovery' | 'closure'>) {
  return writingCommand({
    arguments: { lab: argument("the lab's id") },
    switches: REPORT_SWITCHES,
    fields: {
      project: choice({
        question: 'Project reported on',
        help: 'the project reported on',
        valueName: 'id',
        required: true,
        default: (_given, { base }: OpenReport) => baseText(base.project),
        // A project whose report of the kind exists is not offered (a chosen answer is not checked
        // again), unless every one has it: then the last check says so.
        choices: (_given, opened: OpenReport) => {
          const all = [...opened.lab.projects].map(([id, file]) => ({ name: file.record?.name ?? id, value: id }));
          const open = all.filter((choice) => reportTaken(opened, `${choice.value}-${kind}`) === undefined);
          return open.length > 0 ? open : all;
        },
        check: (value, _given, opened: OpenReport) =>
          opened.lab.projects.has(value)
            ? reportTaken(opened, `${value}-${kind}`)
            : `\`${value}\` is not a project of lab ${opened.lab.id}; projects: ${[...opened.lab.projects.keys()].join(', ') || 'none yet'}`,
      }),
      ...reportFields(kind),
    },
    open: ({ lab }, switches, options) => openReport(openLab(options, lab), kind, switches, options.cwd),
    plan: (opened, answers) => planReport(kind, opened, { project: answers.project }, answers),
    draft: (answers) => reportOf(kind, { project: answers.project }, answers),
  });
}

/** A report's fields from its answers: what it is about (its period or project), its date, authors and narrative. */
function reportOf(kind: ReportKind, about: { period: string } | { project: string }, answers: ReportAnswers): Record<string, unknown> {
  // Only a monthly update has the field: the others never read it.
  const hours = Object.hasOwn(answers, 'hours') && answers.hours ? { hours: answers.hours } : {};
  return { kind, ...about, submitted: answers.submitted, authors: answers.authors, ...narrativeOf(kind, answers), ...hours };
}

/** Hours by member from a `--from` file, when it gives them as such. */
function hoursOf(value: unknown): Record<string, number> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The report's files, from what it is about and its answers. */
function planReport(kind: ReportKind, opened: OpenReport, about: { period: string } | { project: string }, answers: ReportAnswers): Plan {
  const { name, files } = draftReportFiles(opened, reportOf(kind, about, answers));
  return { root: opened.root, files, refreshLab: opened.lab.id, message: `Draft the ${kind} report ${name} of lab ${opened.lab.id}` };
}
