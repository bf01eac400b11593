import { argument, choice } from '../prompt/fields.js';
import { bySchema, dateOrToday } from '../prompt/record-fields.js';
import { narrativeOf, REPORT_SWITCHES, reportFields } from '../prompt/report-fields.js';
import type { ProjectRecord } from '../schema/records.generated.js';
import { editYaml, setKey } from '../write/edit-record.js';
import { draftReportFiles, type OpenReport, openReport } from '../write/draft-report.js';
import { openLab, recordToEdit } from '../write/open-lab.js';
import { writingCommand } from '../write/writing-command.js';

/** A project opened to close it, in a lab opened to draft its closure report. */
interface OpenProject extends OpenReport {
  id: string;
  path: string;
  text: string;
  project: ProjectRecord;
  /** How it ended and when, as a draft kept them (the rest of a draft is the report's). */
  kept: { status?: unknown; ended?: unknown };
}

type Closing = Extract<ProjectRecord['status'], 'closed' | 'handed-over' | 'abandoned'>;
const CLOSING: Closing[] = ['closed', 'handed-over', 'abandoned'];

/**
 * `cil project close <lab> <project>`: marks a project closed (or handed over, or
 * abandoned) with its end date, editing its YAML in place, and drafts its closure report.
 */
export const projectClose = writingCommand({
  arguments: { lab: argument("the lab's id"), project: argument("the project's id") },
  switches: REPORT_SWITCHES,
  fields: {
    status: choice({
      question: 'How the project ended',
      valueName: 'status',
      required: true,
      defaultHelp: 'closed',
      default: (_given, { kept }: OpenProject) => CLOSING.find((status) => status === kept.status) ?? 'closed',
      choices: CLOSING,
    }),
    ended: {
      ...dateOrToday<OpenProject>('Date the project ended', 'project', ['ended']),
      default: (_given: unknown, { kept, today }: OpenProject) => (typeof kept.ended === 'string' ? kept.ended : today),
      check: (value: string, _given: unknown, { project }: OpenProject) =>
        bySchema('project', ['ended'])(value) ?? (project.started !== undefined && value < project.started ? `${value} is before the project started (${project.started})` : undefined),
    },
    ...reportFields('closure'),
  },
  open({ lab, project }, switches, options): OpenProject {
    const opened = openLab(options, lab);
    const known = [...opened.lab.projects.keys()];
    const file = recordToEdit(opened.lab.projects, project, `there is no project \`${project}\` in lab ${lab}${known.length ? ` (projects: ${known.join(', ')})` : ''}`);
    const report = openReport(opened, 'closure', switches, options.cwd);
    const { status, ended, ...base } = report.base;
    return { ...report, base, kept: { status, ended }, id: project, path: file.path, text: file.text, project: file.record };
  },
  draft: (answers) => ({ kind: 'closure', status: answers.status, ended: answers.ended, submitted: answers.submitted, authors: answers.authors, ...narrativeOf('closure', answers) }),
  plan(opened, answers) {
    const { status, ended } = answers;
    // The closure report is rendered with the project as it is once closed.
    const closed: ProjectRecord = { ...opened.project, status, ended };
    const projects = new Map(opened.lab.projects);
    const projectFile = projects.get(opened.id);
    if (projectFile) projects.set(opened.id, { ...projectFile, record: closed });
    const lab = { ...opened.lab, projects };
    const report = { kind: 'closure', project: opened.id, submitted: answers.submitted, authors: answers.authors, ...narrativeOf('closure', answers) };
    const { files } = draftReportFiles(opened, report, lab);
    const text = editYaml(opened.path, opened.text, (record, doc) => {
      setKey(record, doc, 'status', status);
      setKey(record, doc, 'ended', ended, record.has('started') ? 'started' : 'status');
    });
    return {
      root: opened.root,
      files: [{ path: opened.path, text, replaces: true }, ...files],
      refreshLab: opened.lab.id,
      message: `Close project ${closed.name} of lab ${opened.lab.id} and draft its closure report`,
    };
  },
});
