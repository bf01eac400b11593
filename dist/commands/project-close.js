import { argument, choice } from '../prompt/fields.js';
import { bySchema, dateOrToday } from '../prompt/record-fields.js';
import { narrativeOf, REPORT_SWITCHES, reportFields } from '../prompt/report-fields.js';
import { editYaml, setKey } from '../write/edit-record.js';
import { draftReportFiles, openReport } from '../write/draft-report.js';
import { openLab, recordToEdit } from '../write/open-lab.js';
import { writingCommand } from '../write/writing-command.js';
const CLOSING = ['closed', 'handed-over', 'abandoned'];
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
            default: (_given, { kept }) => CLOSING.find((status) => status === kept.status) ?? 'closed',
            choices: CLOSING,
        }),
        ended: {
            ...dateOrToday('Date the project ended', 'project', ['ended']),
            default: (_given, { kept, today }) => (typeof kept.ended === 'string' ? kept.ended : today),
            check: (value, _given, { project }) => bySchema('project', ['ended'])(value) ?? (project.started !== undefined && value < project.started ? `${value} is before the project started (${project.started})` : undefined),
        },
        ...reportFields('closure'),
    },
    open({ lab, project }, switches, options) {
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
        const closed = { ...opened.project, status, ended };
        const projects = new Map(opened.lab.projects);
        const projectFile = projects.get(opened.id);
        if (projectFile)
            projects.set(opened.id, { ...projectFile, record: closed });
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
