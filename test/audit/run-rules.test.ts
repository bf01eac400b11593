import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/audit/run-rules.js';
import type { Rule } from '../../src/audit/types.js';
import { loadNetwork } from '../../src/network/load-network.js';
import { resolveSettings } from '../../src/network/settings.js';
import { networkDir } from '../helpers/network.js';

const broken: Rule = {
  id: 'broken',
  description: 'A rule with a fault.',
  severity: 'warning',
  help: { why: 'A test needs it.', fix: 'None.', example: { finding: 'none' } },
  reads: 'lab',
  check() {
    throw new TypeError("Cannot read properties of undefined (reading 'end')");
  },
};

const sound: Rule = {
  id: 'sound',
  description: 'A rule that finds something.',
  severity: 'info',
  help: { why: 'A test needs it.', fix: 'None.', example: { finding: 'none' } },
  reads: 'lab',
  check({ report }) {
    report({ file: 'labs/lahore/lab.yaml', message: 'found' });
  },
};

describe('runRules', () => {
  it('reports a rule that fails as an error where the part is, and still runs the others', () => {
    const network = loadNetwork(networkDir(), { labs: ['lahore'] });
    const findings = runRules(network, resolveSettings(network.config), '2026-11-20', [broken, sound]);
    expect(findings).toEqual([
      {
        rule: 'broken',
        severity: 'error',
        file: 'labs/lahore/lab.yaml',
        line: null,
        column: null,
        message: "this rule could not finish on these records (Cannot read properties of undefined (reading 'end')); that is a fault in cil, not in the records: please report it (the other rules ran)",
      },
      { rule: 'sound', severity: 'info', file: 'labs/lahore/lab.yaml', line: null, column: null, message: 'found' },
    ]);
  });
});
