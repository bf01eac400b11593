import { periodOf } from '../calendar/periods.js';
import { judgedLabs } from '../handbook/judged.js';
import { parseReportName } from '../handbook/report-names.js';
import { defaultPeriod, dueDate, dueReports } from '../handbook/reports-due.js';
import { choice, optionalArgument } from '../prompt/fields.js';
import { allowedValues } from '../schema/validate.js';
import { chosenLabs, listFormat, openNetwork } from './read-network.js';
const KINDS = [...allowedValues('reportKind'), 'impact'];
const STATES = { 'missing': 'missing', 'late': 'late', 'on-time': 'submitted', 'undated': 'undated' };
/**
 * A lab's reports and where each stands as of a day: the monthly and quarterly ones as the
 * audit's report rules judge them (`dueReports`), the next of each kind that is due, and
 * every other report recorded.
 */
export function labReports(folder, settings, asOf, judged) {
    const founded = folder.lab?.record?.founded;
    const dues = judged && founded !== undefined ? dueReports(folder, founded, settings.policy, asOf) : [];
    const rows = dues.map(({ kind, name, period, state, due, submitted, file }) => ({ lab: folder.id, kind, name, of: period.id, state: STATES[state], due, submitted, file }));
    const judgedNames = new Set(rows.map((row) => row.name));
    for (const [name, file] of folder.reports) {
        if (judgedNames.has(name))
            continue;
        const parsed = parseReportName(name);
        if (!parsed)
            continue;
        const due = nextDue(parsed.kind, parsed.period, settings);
        rows.push({ lab: folder.id, kind: parsed.kind, name, of: parsed.period ?? parsed.project ?? '', state: 'submitted', due, submitted: file.record?.submitted, file: file.path });
    }
    if (judged && founded !== undefined) {
        for (const kind of ['monthly', 'quarterly']) {
            const period = defaultPeriod(kind, asOf, settings.policy);
            const name = `${period.id}-${kind}`;
            if (period.start < founded || folder.reports.has(name) || judgedNames.has(name))
                continue;
            rows.push({ lab: folder.id, kind, name, of: period.id, state: 'due', due: nextDue(kind, period.id, settings) });
        }
    }
    return rows.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.name.localeCompare(b.name));
}
/** The due day of a monthly or quarterly report not yet judged (the handbook sets none for the others). */
function nextDue(kind, id, { policy }) {
    if (id === undefined || (kind !== 'monthly' && kind !== 'quarterly'))
        return undefined;
    const period = periodOf(kind, id);
    return period && dueDate(period, kind === 'monthly' ? policy.monthly_report_due_day : policy.quarterly_report_due_day);
}
/** The reports of the labs chosen (every lab, or the one named). */
export function reportRows(network, settings, asOf, lab) {
    const judged = new Set(judgedLabs(network).map(({ folder }) => folder.id));
    const labs = chosenLabs(network, lab).flatMap((folder) => labReports(folder, settings, asOf, judged.has(folder.id)));
    if (lab !== undefined)
        return labs;
    // The network's impact reports, which no lab owns and the handbook gives no due day.
    const impact = [...network.impactReports].map(([name, file]) => ({ lab: null, kind: 'impact', name, of: name.slice(0, 4), state: 'submitted', submitted: file.record?.submitted, file: file.path }));
    return [...labs, ...impact];
}
const fields = {
    kind: choice({ question: 'Only reports of this kind', valueName: 'kind', choices: KINDS }),
    format: listFormat,
};
const COLUMNS = [
    { header: 'LAB', cell: (row) => row.lab ?? '(network)' },
    { header: 'KIND', cell: (row) => row.kind },
    { header: 'PERIOD', cell: (row) => row.of },
    { header: 'STATE', cell: (row) => row.state },
    { header: 'DUE', cell: (row) => row.due },
    { header: 'SUBMITTED', cell: (row) => row.submitted },
];
/** `cil report list [lab] [--kind <kind>]`: each report, and whether it is due, submitted, late or missing. */
export const reportList = {
    inputs: { arguments: { lab: optionalArgument("only this lab's reports") }, fields },
    list(where, { lab }, answers) {
        const { network, settings, asOf } = openNetwork(where);
        const rows = reportRows(network, settings, asOf, lab).filter((row) => answers.kind === undefined || row.kind === answers.kind);
        const none = `No ${answers.kind === undefined ? '' : `${answers.kind} `}reports recorded or due${lab === undefined ? '' : ` in lab ${lab}`}.`;
        const json = (row) => ({
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
