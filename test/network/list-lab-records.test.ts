import { describe, expect, it } from 'vitest';
import { listLabRecords, listNetworkFiles } from '../../src/network/list-files.js';
import { networkDir } from '../helpers/network.js';
import { lab, meeting, member, report } from '../helpers/records.js';

describe('listLabRecords', () => {
  it('lists what listNetworkFiles does, but of each lab folder only its lab record', () => {
    const dir = networkDir({
      ...lab('2026-01-01'),
      ...member('ayesha-khan', '2026-01-01'),
      ...meeting('2026-11-07', ['ayesha-khan']),
      ...report('2026-10-monthly', 'kind: monthly\nperiod: 2026-10\nsubmitted: 2026-11-02\n'),
      'labs/quetta/README.md': 'A lab without its record yet\n',
      'labs/quetta/members/sana-malik.yaml': 'name: Sana Malik\n',
      'reports/2026-impact.yaml': 'year: 2026\n',
    });
    const all = listNetworkFiles(dir);
    const labRecords = listLabRecords(dir);
    expect(labRecords.labDirs).toEqual(['lahore', 'quetta']);
    const expected = all.files.filter((file) => file.lab === undefined || file.path === `labs/${file.lab}/lab.yaml`);
    expect(labRecords.files).toEqual(expected);
    expect(labRecords.files.map((file) => file.path)).toContain('labs/lahore/lab.yaml');
    expect(labRecords.files.some((file) => file.kind === 'member' || file.kind === 'event' || file.kind === 'report')).toBe(false);
    expect(all.files.some((file) => file.kind === 'member')).toBe(true);
  });
});
