import { computeFigures } from '../reports/figures.js';
import { reportPeriod } from '../reports/context.js';
import { SCHEMA_BASE_URL } from '../schema/schema-files.js';
import { cilVersion } from '../version.js';
import { exportedLabs, exportFields, leftOutRecords, recordsById, withoutContactDetails } from './export-scope.js';
import { openNetwork } from './read-network.js';
import { labStandings } from './status.js';
/** What `cil export json` takes from its command line. */
export const exportJsonInputs = { arguments: {}, fields: exportFields };
/** The published address of the document's schema, which the document names as its `$schema`. */
export const EXPORT_SCHEMA = `${SCHEMA_BASE_URL}export.schema.json`;
/** The kinds of record the document holds: those of them that fail their schema are said to be left out. */
const DOCUMENT_RECORDS = ['lab', 'member', 'event', 'project', 'report'];
/**
 * `cil export json`: the whole network (or the labs asked for) as one document, described by
 * schemas/export.schema.json: the settings, and each lab with its partners, members, events,
 * projects and reports (records as written, each with its id), each report's figures as its
 * document computes them, and the lab's standing as `cil status --format json` gives it.
 *
 * The same repository judged as of the same day gives the same bytes: records are in order
 * of id, every object's keys are sorted, and `exported_at` is the day judged (`--as-of`, else
 * today in the network's time zone), not a clock time.
 */
export function exportJson(options) {
    const { document, leftOut } = exportDocument(options);
    // On one line: a document for programs (`jq .` shows it indented), a fraction of the size.
    return { text: `${JSON.stringify(sortedKeys(document))}\n`, leftOut };
}
function exportDocument(options) {
    const { network, settings, asOf } = openNetwork(options);
    const folders = exportedLabs(network, options.labs);
    // The standing without the audit's counts: running every rule (documents rendered) would cost
    // more than the export itself; `cil audit --format json` gives the findings.
    const standings = new Map(labStandings(network, settings, asOf, folders, { audit: false }).map((standing) => [standing.id, standing]));
    const isPublic = options.public === true;
    const document = withoutContactDetails({
        $schema: EXPORT_SCHEMA,
        cil_version: cilVersion(),
        exported_at: asOf,
        public: isPublic,
        settings: {
            network: settings.network,
            timezone: settings.timezone,
            core_team: settings.coreTeam,
            site_url: settings.siteUrl,
            policy: settings.policy,
            rules: settings.severities,
        },
        labs: folders.map((folder) => labEntry(folder, settings.policy, standings.get(folder.id), isPublic)),
    });
    return { document, leftOut: leftOutRecords(network, options.labs, DOCUMENT_RECORDS) };
}
function labEntry(folder, policy, standing, isPublic) {
    const lab = folder.lab?.record;
    return {
        id: folder.id,
        ...(isPublic ? withoutChannels(lab) : lab),
        partners: lab?.partners ?? [],
        members: recordsById(folder.members).map(([id, member]) => ({ id, ...(isPublic ? publicMember(member) : member) })),
        events: recordsById(folder.events).map(([id, event]) => {
            const { attendance, ...rest } = event;
            return { id, ...(isPublic || attendance === undefined ? rest : { ...rest, attendance }) };
        }),
        projects: recordsById(folder.projects).map(([id, project]) => ({ id, ...project })),
        reports: recordsById(folder.reports).map(([name, report]) => {
            const period = reportPeriod(folder, report);
            return {
                name,
                ...report,
                covers: period ? { start: period.start, end: period.end } : null,
                figures: period ? countedFigures(computeFigures(folder, period, policy)) : null,
            };
        }),
        standing: standing ? standingOf(standing, isPublic) : null,
    };
}
/**
 * A report's figures without the rows that repeat records the document holds already (its
 * events and their takeaways, its projects, their KPIs, the lab's partners, a row per active
 * member): on a large network those copies, one for every report, would be most of the
 * document. The counts, sums, shares, months, meetings and life-cycle steps stay.
 */
function countedFigures(figures) {
    // The lab's OKRs and the hours of its monthly updates are in its records already.
    const { events: _events, takeaways: _takeaways, projects: _projects, kpis: _kpis, partners: _partners, members, ...rest } = figures;
    const { okrs: _okrs, hours: _hours, ...counted } = rest;
    const { active: _active, ...people } = members;
    return { ...counted, members: people };
}
/**
 * A lab without its channels: where its members talk and keep their files (a Slack channel, a
 * Drive folder) is for them, not for the public, as on the website.
 */
function withoutChannels(lab) {
    if (!lab)
        return lab;
    const { channels: _channels, ...rest } = lab;
    return rest;
}
/** A member without what is about their conduct: warnings, and the reasons and terms of their life cycle. */
function publicMember(member) {
    const { warnings: _warnings, offboarded, left, reinstated, ...rest } = member;
    return {
        ...rest,
        // How the work was handed over stays: it is about the work, not the person.
        ...(offboarded && { offboarded: { date: offboarded.date, handover: offboarded.handover } }),
        ...(left && { left: { date: left.date } }),
        ...(reinstated && { reinstated: reinstated.map((entry) => ({ date: entry.date })) }),
    };
}
/** The lab's standing as `cil status` judges it, without what names the lab: its entry does. Public: without who is due a warning. */
function standingOf({ checklist, roles, attention }, isPublic) {
    return { checklist, roles, ...(isPublic ? {} : { attention }) };
}
/** Every object's keys in order (arrays keep theirs: records are already in order of id, a report's rows by date). */
function sortedKeys(value) {
    if (Array.isArray(value))
        return value.map(sortedKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, sortedKeys(item)]));
}
