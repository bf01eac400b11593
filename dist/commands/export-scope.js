import { CliError } from '../errors.js';
import { invalidRecords } from '../network/left-out.js';
import { flag, list, text } from '../prompt/fields.js';
import { withoutContactData } from '../text/contact-data.js';
import { chosenLabs } from './read-network.js';
// What the data exports (`cil export csv`, `cil export json`) share: which labs, how public,
// where the output goes, that contact details never leave, and which files were left out.
/** The flags every data export takes. */
export const exportFields = {
    lab: list({ question: 'Only these labs', help: 'only this lab (repeat it, or a,b; default: every lab)', valueName: 'lab' }),
    public: flag({ question: 'Leave out warnings, offboarding reasons and attendance', help: 'leave out warnings, offboarding and leaving reasons, reinstatement terms, attendance and (json) channels' }),
    out: text({ question: 'Write to this file instead of standard output', help: 'write to this file (atomically) instead of standard output', valueName: 'file' }),
};
/** The labs an export was asked about: every lab, or those named (each of which must be one). */
function askedLabs(network, labs) {
    const named = [...new Set(labs ?? [])];
    return named.length === 0 ? chosenLabs(network) : named.flatMap((lab) => chosenLabs(network, lab));
}
/**
 * The labs an export covers, in order of id: every lab whose lab.yaml passes its schema (as
 * for any record, the audit reports one that does not), or those named, each of which must.
 */
export function exportedLabs(network, labs) {
    const chosen = askedLabs(network, labs);
    const broken = labs?.length ? chosen.find((folder) => !folder.lab?.record) : undefined;
    if (broken)
        throw new CliError(`${broken.dir}/lab.yaml does not pass its schema, so lab ${broken.id} cannot be exported; \`cil audit ${broken.dir}\` says why`);
    return chosen.filter((folder) => folder.lab?.record).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/**
 * The files of these kinds in the labs asked about whose records do not pass their schema, in
 * order of path: every export leaves them out, and says so, so that a missing row or event is
 * not a surprise (a lab whose lab.yaml fails is left out whole).
 */
export function leftOutRecords(network, labs, kinds) {
    const asked = new Set(askedLabs(network, labs).map((folder) => folder.id));
    const read = (kind) => kinds.includes(kind);
    return invalidRecords(network.files.filter((file) => file.lab !== undefined && asked.has(file.lab) && read(file.kind)));
}
/** A record's files by id, in order of id, without those whose record did not pass its schema (the audit reports them). */
export function recordsById(files) {
    return [...files.entries()]
        .flatMap(([id, file]) => (file.record === undefined ? [] : [[id, file.record]]))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** A value with contact details removed from every text in it: records should hold none, and exports never carry any. */
export function withoutContactDetails(value) {
    if (typeof value === 'string')
        return withoutContactData(value);
    if (Array.isArray(value))
        return value.map((item) => withoutContactDetails(item));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutContactDetails(item)]));
    }
    return value;
}
