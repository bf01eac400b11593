import { isIsoDate } from '../../schema/formats.js';
import { documentStates } from '../../reports/render.js';
import { findContactData, mask } from '../../text/contact-data.js';
// A backslash escape, or a block scalar (`|`, `>`), whose value is not the text as written.
const WRITTEN_OTHERWISE = /\\|[|>][-+0-9]*[ \t]*(?:#.*)?$/m;
const GITHUB_HANDLE = /^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** The handbook: contact details never go in public records; where a lab needs them, they belong in private/. */
export const personalData = {
    id: 'personal-data',
    description: "No record, comment, report (a lab's, or the network's impact report) or README (the network's or a lab's) holds e-mail addresses, phone numbers (Pakistani or international, in any digits) or CNIC numbers; dates, web addresses and GitHub handles are not taken for them. Contact details belong in private/.",
    severity: 'error',
    help: {
        why: 'The network repo is public, and git keeps every version: an e-mail address, phone number or CNIC number in it exposes a volunteer or a citizen to spam, fraud or worse, for good.',
        fix: 'Remove the contact detail and keep it in `private/`, which is never committed. If it was already pushed, ask the core team to remove it from the history too.',
        example: {
            file: 'labs/quetta/members/jalal-achakzai.yaml',
            yaml: 'name: Jalal Achakzai\nskills: [events, "call 0300-1234567"]\n',
            finding: 'labs/quetta/members/jalal-achakzai.yaml:2:18 error personal-data `skills` holds what looks like a phone number (0300-*******); contact details belong in private/, never in a public record: remove it',
        },
    },
    reads: 'lab',
    check({ network, settings, report }) {
        /** Reports what a text holds beyond what its values were found to hold: comments, keys, a document's own words. */
        const reportText = (file, inText, where, already) => {
            const text = file.text ?? '';
            let from = 0;
            for (const found of inText) {
                const offset = text.indexOf(found.text, from);
                from = offset + found.text.length;
                if (!already.has(found.text))
                    report({ file: file.path, offset, message: message(found, where) });
            }
        };
        const scanRecord = (file, inRecords) => {
            const text = file.text ?? '';
            // One look at the whole text (values, keys and comments) says whether there is anything to
            // name: a value holds what the text shows, unless YAML wrote it otherwise (an escape, a
            // folded block), and most files hold nothing.
            const inText = findContactData(text);
            if (inText.length === 0 && !WRITTEN_OTHERWISE.test(text))
                return;
            eachString(file.data, (value, path) => {
                for (const found of findContactData(value)) {
                    inRecords.add(found.text);
                    report({ file: file.path, path: path(), message: message(found, fieldOf(path())) });
                }
            });
            // A file YAML could not read has no values to tell from its comments.
            reportText(file, inText, file.data === undefined ? 'this file' : 'a comment here', inRecords);
        };
        for (const folder of [...network.labs.values()]) {
            const inRecords = new Set();
            const files = [
                ...(folder.lab ? [folder.lab] : []),
                ...folder.members.values(),
                ...folder.citizens.values(),
                ...folder.events.values(),
                ...folder.projects.values(),
                ...folder.reports.values(),
            ];
            for (const file of files)
                scanRecord(file, inRecords);
            // A current document holds only its records' text (scanned above) and the templates';
            // only a stale one can hold something of its own.
            const current = new Set(documentStates(network, settings)
                .filter((state) => state.lab === folder.id && state.state === 'current')
                .map((state) => state.document));
            for (const document of folder.documents.values()) {
                if (!current.has(document.path))
                    reportText(document, findContactData(document.text ?? ''), 'this document', inRecords);
            }
        }
        for (const file of network.files) {
            if (file.kind === 'readme')
                reportText(file, findContactData(file.text ?? ''), 'this README', new Set());
        }
        scanRecord(network.config, new Set());
        // The network's impact reports: a record's narrative, and a document a hand may have edited
        // (a current one holds no contact details: rendering removes them).
        const inImpactRecords = new Set();
        for (const file of network.impactReports.values())
            scanRecord(file, inImpactRecords);
        for (const document of network.impactDocuments.values()) {
            reportText(document, findContactData(document.text ?? ''), 'this document', inImpactRecords);
        }
    },
};
const fieldOf = (path) => {
    const field = path.filter((segment) => typeof segment === 'string').at(-1);
    return field === undefined ? 'this record' : `\`${field}\``;
};
function message(found, where) {
    return `${where} holds what looks like ${found.what} (${mask(found.text)}); contact details belong in private/, never in a public record: remove it`;
}
/**
 * Calls `visit` with every string value in a record and a way to get its path; dates and
 * GitHub handles are skipped whole (an id is not: `03001234567` is a valid id, and a phone
 * number). Paths are built only when asked for: most strings hold nothing to report.
 */
function eachString(value, visit) {
    const path = [];
    const walk = (node, key) => {
        if (typeof node === 'string') {
            if (!(isIsoDate(node) || (key === 'github' && GITHUB_HANDLE.test(node))))
                visit(node, () => [...path]);
        }
        else if (Array.isArray(node)) {
            node.forEach((item, index) => {
                path.push(index);
                walk(item, key);
                path.pop();
            });
        }
        else if (node !== null && typeof node === 'object') {
            for (const name of Object.keys(node)) {
                path.push(name);
                walk(node[name], name);
                path.pop();
            }
        }
    };
    walk(value, undefined);
}
