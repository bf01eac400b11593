import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFastAudit } from '../../../src/audit/fast/engine.js';
import { impactReportStale } from '../../../src/audit/rules/impact-report-stale.js';
import { auditWhole } from '../../../src/audit/run-rules.js';
import { loadNetwork } from '../../../src/network/load-network.js';
import { resolveSettings } from '../../../src/network/settings.js';
import { renderImpactReport } from '../../../src/reports/impact.js';
import { loadTemplates } from '../../../src/reports/templates.js';
import { networkDir } from '../../helpers/network.js';
import { testRule } from '../../helpers/rule-tester.js';

const record = 'reports/2026-impact.yaml';
const document = 'reports/2026-impact.md';
const impact = 'kind: impact\nyear: 2026\nsummary: A good year.\n';
const training = { 'labs/lahore/events/2026-11-10-training.yaml': 'title: Training\nkind: training\ndate: 2026-11-10\naudience: { government: 12 }\n' };

/** The document the impact report renders to now, as `cil report render` would write it. */
function rendered(files: Record<string, string>): string {
  const dir = networkDir({ [record]: impact, ...files });
  const network = loadNetwork(dir);
  return renderImpactReport(network, '2026-impact', resolveSettings(network.config), loadTemplates(dir))?.text ?? '';
}
const current = rendered({});

testRule(impactReportStale, {
  valid: [
    { name: 'no impact report', files: {} },
    { name: 'an impact report with its current document', files: { [record]: impact, [document]: current } },
    { name: 'a document checked out with CRLF line ends', files: { [record]: impact, [document]: current.replace(/\n/g, '\r\n') } },
    { name: 'a record with problems (the schema rule reports those)', files: { [record]: 'kind: impact\nyear: twenty\n' } },
  ],
  invalid: [
    {
      name: 'a document edited by hand beside a member record that fails its schema: still stale, the record to fix named first',
      files: {
        [record]: impact,
        [document]: `${current}Edited by hand.\n`,
        'labs/lahore/members/sara-malik.yaml': 'name: Sara Malik\njoined: 2026-02-01\nroles: [{ role: member }]\nstatus: active\nphone_note: none\n',
      },
      findings: [
        {
          file: document,
          message: 'this document no longer matches its report and the records of the labs it is computed from; fix labs/lahore/members/sara-malik.yaml first (it fails its schema), then run',
        },
      ],
    },
    {
      name: 'an impact report without its document',
      files: { [record]: impact },
      findings: [{ file: record, line: null, message: 'this report has no rendered document 2026-impact.md; run `cil report render` and commit the result' }],
    },
    {
      name: 'a document made stale by a lab recording a training',
      files: { [record]: impact, [document]: current, ...training },
      findings: [{ file: document, line: null, message: 'this document no longer matches its report and the records of the labs it is computed from' }],
    },
    {
      name: 'a template that cannot render it',
      files: { [record]: impact, [document]: current, 'templates/impact.md.hbs': '{{narrative.summery}}\n' },
      findings: [{ file: record, message: 'this report cannot be rendered: templates/impact.md.hbs: `summery` is not a field it can use' }],
    },
  ],
});

describe('the fast audit and the impact report, which reads every lab', () => {
  it('finds what the plain audit finds, and judges the document again when a lab changes, cache or no cache', async () => {
    const dir = networkDir({ [record]: impact, [document]: current });
    const cache = mkdtempSync(join(tmpdir(), 'cil-cache-'));
    try {
      const fast = async () => (await runFastAudit(dir, '2026-11-20', { cacheEnv: { CIL_CACHE_DIR: cache } })).findings;
      expect((await fast()).filter((finding) => finding.rule === 'impact-report-stale')).toEqual([]);
      const [path, text] = Object.entries(training)[0]!;
      mkdirSync(join(dir, 'labs/lahore/events'), { recursive: true });
      writeFileSync(join(dir, path), text);
      const found = await fast();
      expect(found.filter((finding) => finding.rule === 'impact-report-stale').map((finding) => finding.file)).toEqual([document]);
      expect(found).toEqual(auditWhole(dir, '2026-11-20').findings);
      expect(readdirSync(cache).length).toBeGreaterThan(0);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('loads no lab for it in a network without an impact report', async () => {
    const dir = networkDir({});
    const cache = mkdtempSync(join(tmpdir(), 'cil-cache-'));
    try {
      await runFastAudit(dir, '2026-11-20', { rules: [impactReportStale], cacheEnv: { CIL_CACHE_DIR: cache } });
      expect(readdirSync(cache)).toEqual([]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
