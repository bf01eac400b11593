import { brokenRecords, documentStates } from '../../reports/render.js';
const FIX = 'run `cil report render` and commit the result';
/** A report's committed document must be what its record, the other records and the templates produce now. */
export const reportStale = {
    id: 'report-stale',
    description: "Every report has its rendered document beside it, and the document is what the report's record, the lab's records and the templates produce now.",
    severity: 'error',
    help: {
        why: 'The rendered documents are what partners and the core team read. A document that no longer matches its record, the lab\'s records or the templates tells an old story, or one nobody wrote.',
        fix: 'Run `cil report render` and commit the documents it writes. Never edit a rendered document by hand: change its record, the records it counts, or the template, then render again.',
        example: {
            file: 'labs/karachi/reports/2026-09-monthly.md',
            finding: 'labs/karachi/reports/2026-09-monthly.md error report-stale this document no longer matches its report and the records it is computed from; run `cil report render` and commit the result',
        },
    },
    reads: 'lab',
    check({ network, settings, report }) {
        // A stale document is always reported, a lab's broken record or not (a pull request must
        // not hide a hand-edited document behind one); the fix then names the record to mend first,
        // as `cil report render` refuses to render without it.
        const fixOf = (lab) => {
            const folder = network.labs.get(lab);
            const [broken] = folder ? brokenRecords(folder) : [];
            return broken === undefined ? FIX : `fix ${broken} first (it fails its schema), then ${FIX}`;
        };
        for (const document of documentStates(network, settings)) {
            switch (document.state) {
                case 'missing':
                    report({ file: document.record, message: `this report has no rendered document ${document.name}.md; ${FIX}` });
                    break;
                case 'stale':
                    report({
                        file: document.document,
                        message: `this document no longer matches its report and the records it is computed from; ${fixOf(document.lab)}`,
                    });
                    break;
                case 'unrenderable':
                    report({ file: document.record, message: `this report cannot be rendered: ${document.problem}` });
                    break;
            }
        }
    },
};
