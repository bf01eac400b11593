import { impactDocumentStates } from '../../reports/impact.js';
import { brokenRecords } from '../../reports/render.js';
import type { Rule } from '../types.js';

const FIX = 'run `cil report render` and commit the result';

/**
 * The network's impact report counts every lab's records, so its document is judged apart
 * from the labs' own (`report-stale`): once, over the whole network, and only when the
 * network has one.
 */
export const impactReportStale: Rule = {
  id: 'impact-report-stale',
  description:
    "Every impact report (`reports/<YYYY>-impact.yaml`) has its rendered document beside it, and the document is what its record, every lab's records and the templates produce now.",
  severity: 'error',
  help: {
    why: "The impact report is what funders, partners and the public read about the whole network. Its figures come from every lab's records: a document that no longer matches them tells an old story, or numbers nobody can trace.",
    fix: 'Run `cil report render` and commit the documents it writes. Never edit a rendered document by hand: change its record, the records it counts, or the template, then render again.',
    example: {
      file: 'reports/2026-impact.md',
      finding: 'reports/2026-impact.md error impact-report-stale this document no longer matches its report and the records of the labs it is computed from; run `cil report render` and commit the result',
    },
  },
  reads: { network: ['lab', 'member', 'event', 'project'], whenPresent: 'impact' },
  check({ network, settings, report }) {
    // Always judged; with a broken record in some lab, the fix names it first, as rendering waits for it.
    const [broken] = [...network.labs.values()].flatMap((folder) => brokenRecords(folder, 'counted only'));
    const fix = broken === undefined ? FIX : `fix ${broken} first (it fails its schema), then ${FIX}`;
    for (const document of impactDocumentStates(network, settings)) {
      switch (document.state) {
        case 'missing':
          report({ file: document.record, message: `this report has no rendered document ${document.name}.md; ${FIX}` });
          break;
        case 'stale':
          report({ file: document.document, message: `this document no longer matches its report and the records of the labs it is computed from; ${fix}` });
          break;
        case 'unrenderable':
          report({ file: document.record, message: `this report cannot be rendered: ${document.problem}` });
          break;
      }
    }
  },
};
