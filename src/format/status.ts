import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { Checklist, LabStatus } from '../handbook/lab-status.js';
import { formatDay, formatDays } from '../calendar/format.js';
import { periodOf } from '../calendar/periods.js';
import type { NetworkStatus } from '../commands/status.js';

type Paint = InstanceType<typeof Chalk>;
const WIDTH = 100;

/** `cil status` for people: a summary table of every lab, or one lab in detail; fits 100 columns. */
export function formatStatus(result: NetworkStatus, options: { color: boolean; detail: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines = options.detail
    ? result.labs.flatMap((lab) => labDetail(lab, result.asOf, chalk))
    : networkSummary(result, chalk);
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}

export function formatStatusJson(result: NetworkStatus): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

function mark(met: boolean | null, chalk: Paint): string {
  if (met === true) return chalk.green('yes    ');
  if (met === false) return chalk.red('no     ');
  return chalk.yellow('not yet');
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The checklist in words: each item's name, whether it is met, and what decides it. */
function checklistItems(checklist: Checklist): { item: string; met: boolean | null; detail: string }[] {
  const { activeLead, activeMembers, labMeetings, communityEvents, reports, partners, projects, women } = checklist;
  const meetings = `${labMeetings.thisMonth.label}: ${labMeetings.thisMonth.count} so far${labMeetings.lastMonth ? `; ${labMeetings.lastMonth.label}: ${labMeetings.lastMonth.count}` : ''}`;
  return [
    { item: 'Active lead', met: activeLead.met, detail: activeLead.met ? activeLead.leads.join(', ') : 'none: name one in lab.yaml' },
    { item: 'Active members', met: activeMembers.met, detail: `${activeMembers.count} (a lead and a core team make ${activeMembers.target} or more)` },
    { item: 'Lab meetings', met: labMeetings.met, detail: `${meetings} (at least ${labMeetings.target} a month)` },
    { item: 'Community event this quarter', met: communityEvents.met, detail: `${communityEvents.count} so far in ${communityEvents.quarter} (at least ${communityEvents.target} a quarter)` },
    { item: 'Reports up to date', met: reports.met, detail: reportsDetail(reports) },
    { item: 'Partners with MoUs', met: partners.met, detail: `${partners.withMou} of ${partners.total} partners` },
    { item: 'Projects', met: projects.met, detail: `${projects.active} active, ${projects.completed} completed` },
    {
      item: "Women's share of members",
      met: women.met,
      detail: women.share === null ? 'no member has given their gender' : `${percent(women.share)}: ${women.women} of ${women.counted} (target ${percent(women.target)})`,
    },
  ];
}

/** The reports due, in words: what the audit reports now, then what is history. */
function reportsDetail(reports: Checklist['reports']): string {
  if (reports.due === 0) return 'none due yet';
  if (reports.onTime === reports.due) return `all ${reports.due} due reports came on time`;
  const undated = reports.undated > 0 ? `, ${reports.undated} without a submitted date` : '';
  const earlier = reports.lateEarlier > 0 ? `; ${reports.lateEarlier} ${reports.late > 0 ? 'more ' : ''}came late earlier` : '';
  return `${reports.missing} missing, ${reports.late} late${undated} of ${reports.due} due${earlier}`;
}

function networkSummary(result: NetworkStatus, chalk: Paint): string[] {
  const header = ['lab', 'status', 'lead', 'members', 'meetings', 'events', 'reports', 'mous', 'projects', 'women', 'findings'];
  const rows = result.labs.map(({ id, status, checklist, findings }) => [
    id,
    status,
    checklist.activeLead.met ? 'yes' : 'none',
    String(checklist.activeMembers.count),
    checklist.labMeetings.lastMonth === null ? '-' : String(checklist.labMeetings.lastMonth.count),
    String(checklist.communityEvents.count),
    checklist.reports.missing > 0 ? `${checklist.reports.missing} missing` : checklist.reports.late > 0 ? `${checklist.reports.late} late` : 'up to date',
    String(checklist.partners.withMou),
    `${checklist.projects.active}+${checklist.projects.completed}`,
    checklist.women.share === null ? '-' : percent(checklist.women.share),
    `${findings.errors}/${findings.warnings}/${findings.infos}`,
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');
  const attention = result.labs.flatMap((lab) => needsAttention(lab).map((text) => wrap(`- ${lab.id}: ${text}`, '  ')));
  return [
    chalk.bold(`${result.network}: ${result.labs.length} lab${result.labs.length === 1 ? '' : 's'}, as of ${formatDay(result.asOf)}`),
    '',
    chalk.bold(line(header)),
    ...rows.map(line),
    '',
    'meetings: lab meetings last month; events: events with citizens and technologists this quarter;',
    'mous: partners with a signed MoU; projects: active+completed; findings: errors/warnings/infos.',
    '',
    attention.length > 0 ? chalk.bold('Needs attention') : 'Nothing needs attention.',
    ...attention.flat(),
    '',
    'Run `cil status <lab>` for a lab in detail, and `cil audit` for every finding.',
  ];
}

/** Breaks a line at spaces to fit the width, indenting the rest. */
function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

function needsAttention(lab: LabStatus): string[] {
  return [
    ...lab.attention.map(
      (member) =>
        `${member.name} missed ${member.missed.length} ${missesOf(member)} in a row (${formatDays(member.missed)}): ${member.due === 'warning' ? 'a warning is due' : 'offboarding is due'}`,
    ),
    ...checklistItems(lab.checklist).filter((item) => item.met === false).map((item) => `${item.item}: ${item.detail}`),
  ];
}

const monthLabel = (month: string) => periodOf('monthly', month)?.label ?? month;

/** Each core member's reported hours against the commitment, a column a month (`-` when none were reported). */
function hoursLines(lab: LabStatus): string[] {
  if (lab.hours.members.length === 0) return ['  no member with a role in these months'];
  // Names in any script are padded by the width a terminal gives them.
  const width = Math.max(...lab.hours.members.map((member) => stringWidth(member.name)), 6);
  return lab.hours.members.map((member) => {
    const cells = lab.hours.months.map((month) => {
      const entry = member.months.find((candidate) => candidate.month === month);
      if (!entry) return '-'.padEnd(14);
      const below = entry.reported === null || entry.reported < entry.expected;
      return `${entry.reported ?? 'none'} of ${entry.expected}${below ? ' (below)' : ''}`.padEnd(22);
    });
    return `  ${member.name}${' '.repeat(width - stringWidth(member.name))}  ${cells.join('  ')}`.trimEnd();
  });
}

function labDetail(lab: LabStatus, asOf: string, chalk: Paint): string[] {
  const { roles, checklist } = lab;
  const { projects } = checklist;
  const attention = needsAttention(lab);
  return [
    chalk.bold(`${lab.name} (${lab.id})`),
    `${lab.city}, ${lab.province}; ${lab.status}; as of ${formatDay(asOf)}`,
    '',
    chalk.bold('Recognition checklist'),
    ...checklistItems(lab.checklist).flatMap((item) => {
      const [first = '', ...rest] = wrap(`${item.item.padEnd(28)} ${item.detail}`, ' '.repeat(29), WIDTH - 11);
      return [`  ${mark(item.met, chalk)}  ${first}`, ...rest.map((line) => `${' '.repeat(11)}${line}`)];
    }),
    '',
    chalk.bold('Role metrics'),
    `  Organizer            active projects ${projects.active}; completed projects ${projects.completed}`,
    `  Delivery lead        active ${projects.active}; completed ${projects.completed}; redeployed ${roles.deliveryLead.redeployments}`,
    `  Community organizer  new members this quarter ${roles.communityOrganizer.newMembers}; active members ${checklist.activeMembers.count}`,
    `  Storyteller          published stories ${roles.storyteller.stories}; links ${roles.storyteller.links}`,
    '',
    chalk.bold(`Hours reported (${lab.hours.months.map(monthLabel).join(', ')})`),
    ...hoursLines(lab),
    '',
    chalk.bold('Needs attention'),
    ...(attention.length > 0 ? attention.flatMap((text) => wrap(`  - ${text}`, '    ')) : ['  nothing']),
    '',
    `Audit: ${lab.findings.errors} errors, ${lab.findings.warnings} warnings, ${lab.findings.infos} infos (\`cil audit labs/${lab.id}\` lists them).`,
    '',
  ];
}

/** What a member's run of misses holds: meetings, a lead's report deadlines, or both. */
function missesOf({ missed, reports }: LabStatus['attention'][number]): string {
  if (reports.length === 0) return 'meetings';
  return reports.length === missed.length ? 'report deadlines' : 'meetings and report deadlines';
}
