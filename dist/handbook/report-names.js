import { periodOf } from '../calendar/periods.js';
import { isSlug } from '../text/slug.js';
export const REPORT_NAME_FORMS = '2026-11-monthly, 2026-Q4-quarterly, 2026-H1-midyear, 2026-annual, <project>-discovery or <project>-closure';
const PERIODIC = [
    ['monthly', /^(\d{4}-(?:0[1-9]|1[0-2]))-monthly$/],
    ['quarterly', /^(\d{4}-Q[1-4])-quarterly$/],
    ['midyear', /^(\d{4}-H1)-midyear$/],
    ['annual', /^(\d{4})-annual$/],
];
/** What a report's file name (without extension) says it is, or undefined if it is no report name. */
export function parseReportName(name) {
    for (const [kind, pattern] of PERIODIC) {
        const match = pattern.exec(name);
        if (match?.[1])
            return { kind, period: match[1] };
    }
    for (const kind of ['discovery', 'closure']) {
        const suffix = `-${kind}`;
        if (name.endsWith(suffix)) {
            const project = name.slice(0, -suffix.length);
            if (isSlug(project))
                return { kind, project };
        }
    }
    return undefined;
}
/** The file name (without extension) a report with this kind and period or project takes. */
export function reportNameFor(report) {
    const { kind } = report;
    if (kind === 'discovery' || kind === 'closure') {
        return isSlug(report.project) ? `${report.project}-${kind}` : undefined;
    }
    if (typeof kind !== 'string'
        || (typeof report.period !== 'string' && typeof report.period !== 'number')) {
        return undefined;
    }
    const name = `${report.period}-${kind}`;
    return parseReportName(name)?.kind === kind ? name : undefined;
}
/** The period a monthly, quarterly, mid-year or annual report covers; undefined for discovery and closure reports. */
export function reportPeriod(report) {
    if (report.kind === 'discovery' || report.kind === 'closure' || report.period === undefined)
        return undefined;
    return periodOf(report.kind, report.period);
}
