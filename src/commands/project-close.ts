import { CliError } from '../errors.js';
import type { Flags } from '../prompt/gather.js';
import type { ProjectRecord } from '../schema/records.generated.js';
import { checkValue } from '../schema/validate.js';
import { editYaml, setKey } from '../write/edit-record.js';
import { type DraftOptions, draftFiles } from './report-draft.js';
import { openLab, saveFiles, type WriteResult } from './writing.js';

const CLOSING_STATUSES = ['closed', 'handed-over', 'abandoned'];

/**
 * `cil project close <lab> <project>`: marks a project closed (or handed over, or
 * abandoned) with its end date, editing its YAML in place, and drafts its closure report.
 */
export async function projectClose(labId: string, projectId: string, flags: Flags, options: DraftOptions): Promise<WriteResult> {
  const opened = openLab(options, labId);
  const file = opened.lab.projects.get(projectId);
  if (!file) {
    const known = [...opened.lab.projects.keys()];
    throw new CliError(`there is no project \`${projectId}\` in lab ${labId}${known.length ? ` (projects: ${known.join(', ')})` : ''}`);
  }
  if (!file.record || file.text === undefined) {
    throw new CliError(`${file.path} has problems to fix first; \`cil audit ${file.path}\` shows them`);
  }
  const status = String(flags.status ?? 'closed');
  if (!CLOSING_STATUSES.includes(status)) throw new CliError(`--status: a project closes as ${CLOSING_STATUSES.join(', ')}; not \`${status}\``);
  const ended = String(flags.ended ?? opened.today);
  const problem = checkValue('project', ['ended'], ended);
  if (problem) throw new CliError(`--ended: ${problem}`);
  if (file.record.started !== undefined && ended < file.record.started) {
    throw new CliError(`--ended: ${ended} is before the project started (${file.record.started})`);
  }

  const closed: ProjectRecord = { ...file.record, status: status as ProjectRecord['status'], ended };
  const projects = new Map(opened.lab.projects).set(projectId, { ...file, record: closed });
  const lab = { ...opened.lab, projects };
  const { files } = await draftFiles('closure', { ...opened, lab }, { ...flags, project: projectId }, options);
  const text = editYaml(file.path, file.text, (record, doc) => {
    setKey(record, doc, 'status', status);
    setKey(record, doc, 'ended', ended, record.has('started') ? 'started' : 'status');
  });
  return saveFiles(opened.root, [{ path: file.path, text, replaces: true }, ...files], {
    ...options,
    refreshLab: labId,
    message: `Close project ${closed.name} of lab ${labId} and draft its closure report`,
  });
}
