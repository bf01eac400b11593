import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';
import { member } from '../helpers/records.js';

// Lahore (active, one active member of two), a closed lab and a forming lab with an Urdu name.
const dir = networkDir({
  ...member('sara-malik', '2026-11-02', 'status: alumni\n'),
  'labs/multan/lab.yaml': 'name: CIL Multan\ncity: Multan\nprovince: Punjab\nfounded: 2025-01-01\nstatus: closed\nleads: [ali-raza]\n',
  'labs/multan/members/ali-raza.yaml': 'name: Ali Raza\njoined: 2025-01-01\nroles: [{ role: organizer }]\nstatus: active\n',
  'labs/sukkur/lab.yaml': 'name: سکھر لیب\ncity: Sukkur\nprovince: Sindh\nfounded: 2026-10-01\nstatus: forming\nleads: [zainab-bibi]\n',
  'labs/sukkur/members/zainab-bibi.yaml': 'name: زینب\njoined: 2026-10-01\nroles: [{ role: organizer }]\nstatus: active\n',
});
const list = (...flags: string[]) => runCli(['lab', 'list', ...flags], { cwd: dir });

describe('cil lab list', () => {
  it('prints the open labs as an aligned table, Urdu names measured by display width', async () => {
    const { status, stdout } = await list();
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        'ID      NAME                         CITY    STATUS   LEADS        MEMBERS',
        'lahore  Civic Innovation Lab Lahore  Lahore  active   ayesha-khan        1',
        'sukkur  سکھر لیب                     Sukkur  forming  zainab-bibi        1',
        '',
      ].join('\n'),
    );
  });

  it('shows closed labs with --all, and one status with --status', async () => {
    expect((await list('--all')).stdout).toMatch(/^multan +CIL Multan +Multan +closed +ali-raza +1$/m);
    const closed = await list('--status', 'Closed');
    expect(closed.stdout.split('\n').slice(1, -1).map((line) => line.split(' ')[0])).toEqual(['multan']);
    expect((await list('--status', 'dormant')).stdout).toBe('No lab is dormant.\n');
  });

  it('prints JSON for scripts, in the records\' own terms', async () => {
    const { stdout } = await list('--format', 'json', '--all');
    expect(JSON.parse(stdout)).toEqual([
      { id: 'lahore', name: 'Civic Innovation Lab Lahore', city: 'Lahore', province: 'Punjab', status: 'active', founded: '2026-11-01', leads: ['ayesha-khan'], active_members: 1 },
      { id: 'multan', name: 'CIL Multan', city: 'Multan', province: 'Punjab', status: 'closed', founded: '2025-01-01', leads: ['ali-raza'], active_members: 1 },
      { id: 'sukkur', name: 'سکھر لیب', city: 'Sukkur', province: 'Sindh', status: 'forming', founded: '2026-10-01', leads: ['zainab-bibi'], active_members: 1 },
    ]);
  });

  it('refuses a status that is none, exit 2, naming the choices', async () => {
    const { status, stderr } = await list('--status', 'asleep');
    expect(status).toBe(2);
    expect(stderr).toMatch(/--status.*forming, active, recognized, dormant, closed/);
  });
});
