import { reportContext } from './context.js';
import { loadTemplates, TemplateError } from './templates.js';
/**
 * Renders every report of the network whose record is valid. Reports with problems in
 * their records are left out: the audit reports those, and a document rendered from a
 * broken record would only mislead.
 */
export function renderReports(network, settings, templates) {
    return [...network.labs.values()].flatMap((folder) => [...folder.reports.keys()].flatMap((name) => {
        const rendered = renderReport(folder, name, settings, templates);
        return rendered ? [rendered] : [];
    }));
}
export function renderReport(folder, name, settings, templates) {
    const file = folder.reports.get(name);
    const report = file?.record;
    if (!file || !report)
        return undefined;
    const context = reportContext(folder, name, report, settings);
    if (!context)
        return undefined;
    const base = { lab: folder.id, name, record: file.path, document: `${folder.dir}/reports/${name}.md` };
    try {
        return { ...base, text: templates.render(report.kind, context) };
    }
    catch (error) {
        if (error instanceof TemplateError)
            return { ...base, problem: error.message };
        throw error;
    }
}
/**
 * Every report's document compared with what its record and the templates produce now.
 * Line ends are compared as LF, so a Windows checkout is not stale.
 */
export function checkDocuments(network, settings, templates) {
    return renderReports(network, settings, templates).map((rendered) => {
        if (rendered.text === undefined)
            return { ...rendered, state: 'unrenderable' };
        const existing = network.labs.get(rendered.lab)?.documents.get(rendered.name);
        if (existing?.text === undefined)
            return { ...rendered, state: 'missing' };
        const text = existing.text.includes('\r') ? existing.text.replace(/\r\n/g, '\n') : existing.text;
        return { ...rendered, state: text === rendered.text ? 'current' : 'stale' };
    });
}
/**
 * The records of a lab that fail to parse or pass their schema, by path: its documents would
 * be rendered without them (a member left out of the counts, a report not rendered at all),
 * so they are neither judged stale nor rendered until the records are fixed.
 */
export function brokenRecords(folder, counted = 'with reports') {
    // The impact report counts the labs' records, not their reports (which its rule does not read).
    const reports = counted === 'with reports' ? folder.reports.values() : [];
    const files = [folder.lab, ...folder.members.values(), ...folder.events.values(), ...folder.projects.values(), ...reports];
    const broken = (file) => file !== undefined && (file.syntaxProblems.length > 0 || file.schemaProblems.length > 0);
    return files.flatMap((file) => (file && broken(file) ? [file.path] : []));
}
/** The documents of every lab, or of one, that are not what their records produce now. */
export function rendering(network, settings, templates, lab) {
    const broken = [...network.labs.values()]
        .filter((folder) => lab === undefined || folder.id === lab)
        .map((folder) => ({ lab: folder.id, records: brokenRecords(folder) }))
        .filter((entry) => entry.records.length > 0);
    const blockedLabs = new Set(broken.map((entry) => entry.lab));
    const documents = checkDocuments(network, settings, templates)
        .filter((document) => (lab === undefined || document.lab === lab) && !blockedLabs.has(document.lab));
    const toWrite = documents.filter((document) => document.state === 'stale' || document.state === 'missing');
    return {
        toWrite,
        current: documents.filter((document) => document.state === 'current').length,
        unrenderable: documents.find((document) => document.state === 'unrenderable'),
        ...(broken[0] === undefined ? {} : { blocked: broken[0].records[0] }),
    };
}
const checked = new WeakMap();
/** checkDocuments with the network's own templates, once per loaded network (rules share it). */
export function documentStates(network, settings) {
    let states = checked.get(network);
    if (!states) {
        states = checkDocuments(network, settings, loadTemplates(network.templates ?? network.root));
        checked.set(network, states);
    }
    return states;
}
