import { reportStale } from '../../../src/audit/rules/report-stale.js';
import { loadNetwork } from '../../../src/network/load-network.js';
import { resolveSettings } from '../../../src/network/settings.js';
import { renderReport } from '../../../src/reports/render.js';
import { loadTemplates } from '../../../src/reports/templates.js';
import { networkDir } from '../../helpers/network.js';
import { testRule } from '../../helpers/rule-tester.js';

const record = 'labs/lahore/reports/2026-10-monthly.yaml';
const document = 'labs/lahore/reports/2026-10-monthly.md';
const monthly = 'kind: monthly\nperiod: 2026-10\nsuccesses: [First meetup]\n';

/** The document the report renders to now, as `cil report render` would write it. */
function rendered(files: Record<string, string>): string {
  const dir = networkDir(files);
  const network = loadNetwork(dir);
  return renderReport(network.labs.get('lahore')!, '2026-10-monthly', resolveSettings(network.config), loadTemplates(dir))?.text ?? '';
}
const current = rendered({ [record]: monthly });
const sara = 'labs/lahore/members/sara-malik.yaml';
const saraRecord = 'name: Sara Malik\njoined: 2026-02-01\nroles: [{ role: member }]\nstatus: active\n';
const withSara = rendered({ [record]: monthly, [sara]: saraRecord });

// Last quarter's report shows a project's KPI as of the quarter's end.
const quarterly = { 'labs/lahore/reports/2026-Q3-quarterly.yaml': 'kind: quarterly\nperiod: 2026-Q3\n' };
const quarterlyDocument = 'labs/lahore/reports/2026-Q3-quarterly.md';
const kpi = (history: string, actual: number) => ({
  'labs/lahore/projects/finder.yaml': `name: Finder\nstatus: building\nstarted: 2026-07-01\nkpis:\n  - { name: Users, target: 1000, actual: ${actual}, unit: users, history: [${history}] }\n`,
});
const september = '{ date: 2026-08-01, value: 100 }, { date: 2026-09-30, value: 300 }';
const lastQuarter = (files: Record<string, string>) => {
  const dir = networkDir({ ...files, ...quarterly });
  const network = loadNetwork(dir);
  return renderReport(network.labs.get('lahore')!, '2026-Q3-quarterly', resolveSettings(network.config), loadTemplates(dir))?.text ?? '';
};
const quarterlyCurrent = lastQuarter(kpi(september, 300));

testRule(reportStale, {
  valid: [
    { name: 'no reports at all', files: {} },
    { name: 'a report with its current document', files: { [record]: monthly, [document]: current } },
    { name: 'a document checked out with CRLF line ends', files: { [record]: monthly, [document]: current.replace(/\n/g, '\r\n') } },
    { name: 'a report whose record has problems (the schema rule reports those)', files: { [record]: 'kind: monthly\nperiod: 2026-13\n' } },
    {
      name: "last quarter's report after a KPI was updated today (its value as of the quarter's end is unchanged)",
      files: { ...quarterly, ...kpi(`${september}, { date: 2026-11-20, value: 450 }`, 450), [quarterlyDocument]: quarterlyCurrent },
    },
  ],
  invalid: [
    {
      name: 'a document that counts a member whose record now fails its schema: still stale, the record to fix named first',
      files: { [record]: monthly, [document]: withSara, [sara]: `${saraRecord}phone_note: none\n` },
      findings: [
        {
          file: document,
          message: 'this document no longer matches its report and the records it is computed from; fix labs/lahore/members/sara-malik.yaml first (it fails its schema), then run `cil report render` and commit the result',
        },
      ],
    },
    {
      name: "last quarter's report after a KPI value of the quarter was corrected",
      files: { ...quarterly, ...kpi('{ date: 2026-08-01, value: 100 }, { date: 2026-09-30, value: 320 }', 320), [quarterlyDocument]: quarterlyCurrent },
      findings: [{ file: quarterlyDocument, message: 'no longer matches' }],
    },
    {
      name: 'a report without its document',
      files: { [record]: monthly },
      findings: [{ file: record, line: null, message: 'this report has no rendered document 2026-10-monthly.md; run `cil report render` and commit the result' }],
    },
    {
      name: 'a document edited by hand',
      files: { [record]: monthly, [document]: current.replace('First meetup', 'First meetup, and a great one') },
      findings: [{ file: document, line: null, message: 'this document no longer matches its report and the records it is computed from' }],
    },
    {
      name: 'a document made stale by a new event in its month',
      files: { [record]: monthly, [document]: current, 'labs/lahore/events/2026-10-31-meetup.yaml': 'title: Meetup\nkind: meetup\ndate: 2026-10-31\n' },
      findings: [{ file: document, message: 'no longer matches' }],
    },
    {
      name: 'a report its template cannot render',
      files: { [record]: monthly, [document]: current, 'templates/monthly.md.hbs': '{{narrative.stroy}}\n' },
      findings: [{ file: record, message: 'this report cannot be rendered: templates/monthly.md.hbs: `stroy` is not a field it can use' }],
    },
  ],
});
