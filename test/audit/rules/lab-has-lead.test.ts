import { labHasLead } from '../../../src/audit/rules/lab-has-lead.js';
import { LAB, member } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const labWith = (leads: string, status = 'active') => ({
  [LAB]: `name: CIL Lahore\ncity: Lahore\nprovince: Punjab\nfounded: 2026-01-10\nstatus: ${status}\nleads: [${leads}]\n`,
});
const offboarded = 'status: offboarded\noffboarded: { date: 2026-10-01, reason: Moved away, handover: Notes to Sara }\n';

testRule(labHasLead, {
  valid: [
    { name: 'an active lead', files: {} },
    { name: 'a closed lab', files: { ...labWith('ayesha-khan', 'closed'), ...member('ayesha-khan', '2026-01-10', offboarded) } },
    { name: 'a lead who is not a member (the reference rule reports it)', files: labWith('ayesha-khan, nobody') },
  ],
  invalid: [
    {
      name: 'the only lead offboarded',
      files: member('ayesha-khan', '2026-01-10', offboarded),
      findings: [
        { file: LAB, line: 6, column: 8, message: 'lab lahore has no active lead' },
        { file: LAB, line: 6, column: 9, message: 'lead Ayesha Khan (ayesha-khan) of lab lahore is offboarded; name an active member as lead in `leads`' },
      ],
    },
    {
      name: 'one of two leads gone',
      files: { ...labWith('ayesha-khan, sara-malik'), ...member('sara-malik', '2026-01-10', 'roles: [{ role: organizer, until: 2026-10-01 }]\nstatus: alumni\n') },
      findings: [{ file: LAB, line: 6, column: 22, message: 'lead Sara Malik (sara-malik) of lab lahore is alumni' }],
    },
  ],
});
