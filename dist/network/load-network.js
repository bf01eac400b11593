import { join } from 'node:path';
import { validateRecord } from '../schema/validate.js';
import { isRecordKind } from './layout.js';
import { listNetworkFiles } from './list-files.js';
import { parseThoroughly, parseYaml } from './parse-yaml.js';
import { readSource } from './read-source.js';
/**
 * Reads a network repo: lists its files, reads, parses and validates every record, and
 * groups them by lab. The loader is the only place that reads record files, and this is
 * its one entry. It never throws for bad content: every problem is kept on its file for
 * the audit to report.
 */
export function loadNetwork(root, options = {}) {
    const listing = options.listing ?? listNetworkFiles(root, options.labs);
    const { select } = options;
    const listed = select ? listing.files.filter((file) => file.path === 'cil.yaml' || select(file)) : listing.files;
    const labs = options.labs ?? listing.labDirs;
    const inScope = options.labs === undefined ? listed : listed.filter((file) => file.lab === undefined || labs.includes(file.lab));
    const network = assemble(root, inScope.map((file) => loadFile(root, file, options)), labs, listing.labDirs);
    return options.templates === undefined ? network : { ...network, templates: options.templates };
}
/** Whether a path is a lab's folder or inside one. */
export function inLab(path, labDirs) {
    const [top, lab, rest] = path.split('/', 3);
    return top === 'labs' && lab !== undefined && labDirs.includes(lab) && (rest !== undefined || path === `labs/${lab}`);
}
/** Groups loaded files into the given labs' folders. */
function assemble(root, files, labIds, allLabs) {
    const labs = new Map(labIds.map((id) => [id, { id, dir: `labs/${id}`, members: new Map(), citizens: new Map(), events: new Map(), projects: new Map(), reports: new Map(), documents: new Map() }]));
    let config;
    const impactReports = new Map();
    const impactDocuments = new Map();
    for (const file of files) {
        if (file.kind === 'config') {
            config = file;
            continue;
        }
        if (file.kind === 'impact')
            impactReports.set(file.id ?? '', file);
        if (file.kind === 'impact-document')
            impactDocuments.set(file.id ?? '', file);
        const folder = file.lab === undefined ? undefined : labs.get(file.lab);
        if (!folder)
            continue;
        const id = file.id ?? '';
        switch (file.kind) {
            case 'lab':
                folder.lab = file;
                break;
            case 'member':
                folder.members.set(id, file);
                break;
            case 'citizen':
                folder.citizens.set(id, file);
                break;
            case 'event':
                folder.events.set(id, file);
                break;
            case 'project':
                folder.projects.set(id, file);
                break;
            case 'report':
                folder.reports.set(id, file);
                break;
            case 'document':
                folder.documents.set(id, file);
                break;
        }
    }
    return {
        root,
        files,
        config: config ?? { path: 'cil.yaml', kind: 'config', entry: 'file', syntaxProblems: [], schemaProblems: [] },
        labs,
        impactReports,
        impactDocuments,
        labIds: new Set(allLabs),
    };
}
function loadFile(root, listed, options) {
    const file = { ...listed, syntaxProblems: [], schemaProblems: [] };
    const { kind } = listed;
    // Rendered documents, CODEOWNERS and the labs' READMEs are kept as text, for the rules
    // that compare them or look for contact details in them.
    // So is an event written as .yml, so that its new name can be told with the date it holds.
    const textOnly = kind === 'document' || kind === 'impact-document' || kind === 'codeowners' || kind === 'readme' || misnamedEvent(listed.path);
    if (listed.entry !== 'file' || !(isRecordKind(kind) || textOnly))
        return file;
    const read = options.read?.get(listed.path) ?? readSource(join(root, ...listed.path.split('/')));
    if ('problem' in read) {
        file.syntaxProblems.push(read.problem);
        return file;
    }
    file.text = read.text;
    if (textOnly || !isRecordKind(kind))
        return file;
    const parsed = options.thorough ? parseThoroughly(read.text) : parseYaml(read.text);
    if (parsed.problems.length > 0) {
        for (const item of parsed.problems)
            file.syntaxProblems.push(item);
        return file;
    }
    file.data = parsed.data;
    for (const item of validateRecord(kind, parsed.data))
        file.schemaProblems.push(item);
    if (file.schemaProblems.length === 0 && (kind !== 'event' || namedByItsDate(listed.id, parsed.data)))
        file.record = parsed.data;
    return file;
}
/** An event record with the .yml extension: `labs/<lab>/events/<name>.yml`. */
const misnamedEvent = (path) => /^labs\/[^/]+\/events\/[^/]+\.yml$/.test(path);
/**
 * Whether an event's file is named by its date (YYYY-MM-DD-name.yaml). One that is not
 * counts for nothing (no meeting held, nobody missing it) until it is renamed: the
 * `file-name` rule says how.
 */
function namedByItsDate(id, data) {
    const date = data.date;
    return typeof date === 'string' && id !== undefined && /^\d{4}-\d{2}-\d{2}-[a-z0-9]/.test(id) && id.startsWith(`${date}-`);
}
