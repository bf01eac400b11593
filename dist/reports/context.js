import { periodOf } from '../calendar/periods.js';
import { fieldsSchema } from '../schema/schema-files.js';
import { kpiValueOn, progressOf } from '../handbook/kpis.js';
import { projectMouSigned } from '../handbook/projects.js';
import { computeFigures } from './figures.js';
import { escapeStrings } from './markdown.js';
/** How each kind of report is titled. */
export const REPORT_TITLES = {
    monthly: 'Monthly progress update',
    quarterly: 'Events and meetups report',
    midyear: 'Mid-year report',
    annual: 'Annual report',
    discovery: 'Discovery research report',
    closure: 'Project closure report',
};
/** The context of one report, or undefined when its lab, period or project cannot be known. */
export function reportContext(folder, name, report, settings) {
    const lab = folder.lab?.record;
    if (!lab)
        return undefined;
    const project = report.project === undefined ? null : projectView(folder, report.project);
    const period = project ? projectPeriod(project, report, lab.founded) : periodOf(report.kind, report.period ?? '');
    if (!period || (report.project !== undefined && !project))
        return undefined;
    // A project report shows the KPIs as of its last day, as the periodic ones do.
    const shown = project && report.project !== undefined ? projectView(folder, report.project, period.end) : null;
    const nameOf = (id) => folder.members.get(id)?.record?.name ?? id;
    return escapeStrings({
        network: { name: settings.network, timezone: settings.timezone },
        lab: {
            id: folder.id,
            name: lab.name,
            city: lab.city,
            province: lab.province,
            status: lab.status,
            founded: lab.founded,
            description: lab.description ?? null,
        },
        report: {
            name,
            kind: report.kind,
            title: REPORT_TITLES[report.kind],
            period,
            shortPeriod: report.kind === 'quarterly' ? period.id.replace(/^(\d{4})-(Q[1-4])$/, '$2 $1') : period.label,
            submitted: report.submitted ?? null,
            authors: (report.authors ?? []).map(nameOf),
            project: shown,
        },
        narrative: narrativeOf(report),
        figures: computeFigures(folder, period, settings.policy),
    });
}
/**
 * The period a report covers, as its document's figures count it: its month, quarter, half
 * or year, or its project's life; undefined when its lab, period or project cannot be known.
 */
export function reportPeriod(folder, report) {
    const lab = folder.lab?.record;
    if (!lab)
        return undefined;
    if (report.project === undefined)
        return periodOf(report.kind, report.period ?? '');
    const project = projectView(folder, report.project);
    return project ? projectPeriod(project, report, lab.founded) : undefined;
}
let narrativeShapes;
/** The narrative fields of the report schema, in its order, each a list or a text. */
export function narrativeFields() {
    if (!narrativeShapes) {
        const properties = (fieldsSchema('report')?.properties ?? {});
        narrativeShapes = Object.entries(properties)
            .filter(([key]) => !['kind', 'period', 'project', 'submitted', 'authors'].includes(key))
            .map(([key, property]) => [key, property.type === 'array' || property.$ref?.endsWith('List') ? 'list' : 'text']);
    }
    return narrativeShapes;
}
function narrativeOf(report) {
    const values = { ...report };
    return Object.fromEntries(narrativeFields().map(([key, shape]) => [key, values[key] ?? (shape === 'list' ? [] : null)]));
}
/** A project as a report shows it: its KPIs as of `asOf` (a report's last day), else as recorded now. */
function projectView(folder, id, asOf) {
    const project = folder.projects.get(id)?.record;
    if (!project)
        return null;
    const partner = folder.lab?.record?.partners?.find((candidate) => candidate.id === project.partner);
    return {
        id,
        name: project.name,
        problem: project.problem ?? null,
        status: project.status,
        started: project.started ?? null,
        ended: project.ended ?? null,
        partner: partner?.name ?? project.partner ?? null,
        partnerKind: partner?.kind ?? null,
        mouSigned: projectMouSigned(project, folder.lab?.record, asOf) ?? null,
        repository: project.repository ?? null,
        license: project.license ?? null,
        website: project.website ?? null,
        team: (project.team ?? []).map((member) => ({
            name: folder.members.get(member.member)?.record?.name ?? member.member,
            role: member.role ?? '',
        })),
        kpis: (project.kpis ?? []).map((kpi) => {
            const actual = asOf === undefined ? (kpi.actual ?? null) : kpiValueOn(kpi, asOf);
            return { name: kpi.name, target: kpi.target ?? null, actual, unit: kpi.unit ?? '', progress: progressOf(actual, kpi.target) };
        }),
        redeployments: (project.redeployments ?? []).map((redeployment) => ({
            // By id: a lab's documents depend on its own records only.
            lab: redeployment.lab,
            date: redeployment.date ?? null,
        })),
    };
}
/**
 * A project report covers the project's life: from its start (or the lab's founding) to its
 * end, or else to the report's submission.
 */
function projectPeriod(project, report, founded) {
    const start = project.started ?? founded;
    const end = [project.ended, report.submitted].find((date) => date != null && date >= start) ?? start;
    return { id: project.id, start, end, label: project.name };
}
