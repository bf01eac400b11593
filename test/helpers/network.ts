import { runRules } from '../../src/audit/run-rules.js';
import type { Finding, Rule } from '../../src/audit/types.js';
import { loadNetwork } from '../../src/network/load-network.js';
import { resolveSettings } from '../../src/network/settings.js';
import { type Files, testdir } from './testdir.js';

/** A small valid network: one lab, Lahore, with its lead and one partner. */
export const BASE: Files = {
  'cil.yaml': 'network: Test Network\ntimezone: Asia/Karachi\ncore_team: [cfp-core]\n',
  // As `cil init` writes it: in git, the private-not-tracked rule asks for it.
  '.gitignore': 'private/\n',
  'labs/lahore/lab.yaml': [
    'name: Civic Innovation Lab Lahore',
    'city: Lahore',
    'province: Punjab',
    'founded: 2026-11-01',
    'status: active',
    'leads: [ayesha-khan]',
    'partners:',
    '  - id: pitb',
    '    name: Punjab Information Technology Board',
    '    kind: government',
    '',
  ].join('\n'),
  'labs/lahore/members/ayesha-khan.yaml': [
    'name: Ayesha Khan',
    'github: ayeshak',
    'joined: 2026-11-01',
    'roles:',
    '  - role: organizer',
    'status: active',
    '',
  ].join('\n'),
};

/** Writes the base network with `files` over it, and returns its folder. */
export function networkDir(files: Files = {}, base: Files = BASE): string {
  return testdir({ ...base, ...files });
}

/** Audits the base network with `files` over it, running only the given rules. */
export function auditFiles(files: Files, rules?: readonly Rule[], asOf = '2026-11-20'): Finding[] {
  const network = loadNetwork(networkDir(files));
  return runRules(network, resolveSettings(network.config), asOf, rules);
}
