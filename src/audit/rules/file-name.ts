import { parseReportName, REPORT_NAME_FORMS, reportNameFor } from '../../handbook/report-names.js';
import type { SourceFile } from '../../network/types.js';
import { isIsoDate } from '../../schema/formats.js';
import { isSlug, slugify } from '../../text/slug.js';
import type { Rule, RuleContext } from '../types.js';

const LAB_LAYOUT
  = 'a lab folder holds lab.yaml, README.md and the folders members/, citizens/, events/, projects/ and reports/';

/**
 * A record's identity is its path, so the path must be right: known places, valid ids, an
 * event named by its date, a report named by its kind and period.
 */
export const fileName: Rule = {
  id: 'file-name',
  description:
    'Files sit where the layout expects them, ids in folder and file names are valid, event file names start with their date and report names agree with their kind and period.',
  severity: 'error',
  help: {
    why: 'cil finds records by where they sit and what they are called: a file outside the layout, or named against its content, is skipped or read as the wrong record, and the ids in file names are what other records refer to.',
    fix: 'Rename or move the file as the message says (`git mv`): ids use lowercase letters, digits and single hyphens, an event\'s file name starts with its date, and a report\'s name matches its kind and period or project.',
    example: {
      file: 'labs/quetta/events/open-data-evening.yml',
      finding: 'labs/quetta/events/open-data-evening.yml error file-name records use the .yaml extension: rename this file to `2026-06-27-open-data-evening.yaml`',
    },
  },
  reads: 'lab',
  check(context) {
    const { network, report } = context;
    for (const file of network.files) {
      const problem = entryProblem(file) ?? placeProblem(file);
      if (problem) report({ file: file.path, message: problem });
      else checkName(file, context);
    }
    for (const lab of network.labs.values()) {
      if (!isSlug(lab.id)) {
        report({
          file: lab.lab?.path ?? lab.dir,
          message: `the lab folder \`${lab.id}\` is not a valid id; rename it with lowercase letters, digits and single hyphens${renameHint(lab.id, '')}`,
        });
      }
      if (!lab.lab) {
        report({
          file: `${lab.dir}/lab.yaml`,
          message: `lab \`${lab.id}\` has no lab.yaml; register it with \`cil init\` or remove the folder`,
        });
      }
    }
  },
};

function entryProblem(file: SourceFile): string | undefined {
  switch (file.entry) {
    case 'symlink-outside':
      return 'this is a symbolic link leading outside the network repo; it is not followed: put the file itself here';
    case 'symlink':
      return 'this is a symbolic link; records must be regular files, so put the file itself here';
    case 'special':
      return 'this is not a regular file; remove it';
    case 'folder':
      return file.path.split('/').length === 3
        ? `this folder is not part of the layout: ${LAB_LAYOUT}`
        : 'this folder is not part of the layout: record folders hold files only';
    default:
      return undefined;
  }
}

/** The name a .yml record should have: an event's begins with the date it holds, when it does not yet. */
function yamlName(stem: string, file: SourceFile): string {
  const date = /^date:[ \t]*["']?(\d{4}-\d{2}-\d{2})\b/m.exec(file.text ?? '')?.[1];
  const dated = date === undefined || /^\d{4}-\d{2}-\d{2}-/.test(stem) || !isIsoDate(date) ? stem : `${date}-${stem}`;
  return `${dated}.yaml`;
}

function placeProblem(file: SourceFile): string | undefined {
  if (file.kind !== 'unknown') return undefined;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  if (name.endsWith('.yml'))
    return `records use the .yaml extension: rename this file to \`${yamlName(name.slice(0, -4), file)}\``;
  const depth = file.path.split('/').length;
  if (file.path === 'reports') return 'reports must be a folder holding the network\'s impact reports (<YYYY>-impact.yaml) and their documents';
  if (file.path.startsWith('reports/')) return 'reports/ holds the network\'s impact reports (<YYYY>-impact.yaml) and their rendered documents (.md) only';
  if (file.path === 'labs') return 'labs must be a folder holding one folder per lab';
  if (depth === 2) return 'only lab folders and a README.md belong directly in labs/';
  if (depth === 3) return `this file is not part of the layout: ${LAB_LAYOUT}`;
  const folder = file.path.split('/')[2];
  return folder === 'reports'
    ? 'reports/ holds report records (.yaml) and their rendered documents (.md) only'
    : `${folder}/ holds .yaml records only`;
}

function checkName(file: SourceFile, { network, report }: RuleContext): void {
  const id = file.id;
  if (id === undefined) return;
  const extension = file.kind === 'document' || file.kind === 'impact-document' ? '.md' : '.yaml';
  if (file.kind === 'impact' || file.kind === 'impact-document') {
    checkImpactName(file, id, extension, report, network.impactReports.has(id));
    return;
  }
  if (file.kind === 'report' || file.kind === 'document') {
    checkReportName(
      file,
      id,
      extension,
      report,
      network.labs.get(file.lab ?? '')?.reports.has(id) ?? false,
    );
    return;
  }
  if (!isSlug(id)) {
    report({
      file: file.path,
      message: `\`${id}${extension}\` is not a valid file name: ids use lowercase letters, digits and single hyphens${renameHint(id, extension)}`,
    });
    return;
  }
  if (file.kind === 'event') checkEventName(file, id, report);
}

function checkEventName(file: SourceFile, id: string, report: RuleContext['report']): void {
  const date = (file.data as { date?: unknown } | undefined)?.date;
  const prefix = id.slice(0, 10);
  const validDate = typeof date === 'string' && isIsoDate(date) ? date : undefined;
  if (!/^\d{4}-\d{2}-\d{2}-[a-z0-9]/.test(id) || !isIsoDate(prefix)) {
    const suggestion = validDate ? `, like \`${validDate}-${id}.yaml\`` : '';
    report({
      file: file.path,
      message: `event file names start with the event's date, then a short name (YYYY-MM-DD-name.yaml)${suggestion}`,
    });
    return;
  }
  if (validDate !== undefined && validDate !== prefix) {
    report({
      file: file.path,
      path: ['date'],
      anchor: 'value',
      message: `the file name says ${prefix} but \`date\` is ${validDate}; make them agree (rename the file or correct the date)`,
    });
  }
}

function checkReportName(
  file: SourceFile,
  id: string,
  extension: string,
  report: RuleContext['report'],
  hasRecord: boolean,
): void {
  const data = file.data as { kind?: unknown; period?: unknown; project?: unknown } | undefined;
  const parsed = parseReportName(id);
  if (!parsed) {
    const suggestion = data ? reportNameFor(data) : undefined;
    report({
      file: file.path,
      message: `\`${id}${extension}\` is not a report name: use ${REPORT_NAME_FORMS}${suggestion ? `; this one would be \`${suggestion}${extension}\`` : ''}`,
    });
    return;
  }
  if (file.kind === 'document') {
    if (!hasRecord) {
      report({
        file: file.path,
        message: `this document has no report record \`${id}.yaml\` beside it; documents are rendered from their record, so add the record or remove the document`,
      });
    }
    return;
  }
  if (!data || typeof data !== 'object') return;
  if (typeof data.kind === 'string' && data.kind !== parsed.kind) {
    report({
      file: file.path,
      path: ['kind'],
      anchor: 'value',
      message: `the file name says a ${parsed.kind} report but \`kind\` is ${data.kind}; make them agree`,
    });
    return;
  }
  const field = parsed.project !== undefined ? 'project' : 'period';
  const expected = parsed.project ?? parsed.period;
  const actual = data[field];
  if ((typeof actual === 'string' || typeof actual === 'number') && String(actual) !== expected) {
    report({
      file: file.path,
      path: [field],
      anchor: 'value',
      message: `the file name says ${field} ${expected} but \`${field}\` is ${String(actual)}; make them agree`,
    });
  }
}

function renameHint(id: string, extension: string): string {
  const slug = slugify(id);
  return slug ? `, like \`${slug}${extension}\`` : '';
}

/** A network report's name is `<YYYY>-impact`, agreeing with its year; its document has its record. */
function checkImpactName(file: SourceFile, id: string, extension: string, report: RuleContext['report'], hasRecord: boolean): void {
  const year = (file.data as { year?: unknown } | undefined)?.year;
  if (!/^\d{4}-impact$/.test(id)) {
    const suggestion = typeof year === 'number' ? `; this one would be \`${year}-impact${extension}\`` : '';
    report({ file: file.path, message: `\`${id}${extension}\` is not an impact report name: use <YYYY>-impact${suggestion}` });
    return;
  }
  if (file.kind === 'impact' && typeof year === 'number' && String(year) !== id.slice(0, 4)) {
    report({ file: file.path, path: ['year'], anchor: 'value', message: `the file name says ${id.slice(0, 4)} but \`year\` is ${year}; make them agree (rename the file or correct the year)` });
  }
  if (file.kind === 'impact-document' && !hasRecord) {
    report({ file: file.path, message: `this document has no record ${id}.yaml beside it; draft one with \`cil report impact ${id.slice(0, 4)}\`, or remove the document` });
  }
}
