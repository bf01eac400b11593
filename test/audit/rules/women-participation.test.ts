import { womenParticipation } from '../../../src/audit/rules/women-participation.js';
import { LAB, lab, meeting, member } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const men = { ...member('bilal-ahmed', '2026-02-01', 'gender: man\n'), ...member('omar-farooq', '2026-02-01', 'gender: man\n'), ...member('ali-raza', '2026-02-01', 'gender: man\n') };
const event = (women: number) => meeting('2026-08-01', [], [], 'community-event', `audience: { citizens: 10, technologists: 10, women: ${women} }\n`);

testRule(womenParticipation, {
  valid: [
    { name: 'a quarter of the members are women', files: { ...lab('2026-07-01'), ...member('ayesha-khan', '2026-01-10', 'roles: [{ role: organizer }]\ngender: woman\n'), ...men, ...event(5) }, asOf: '2026-10-01' },
    { name: 'nobody recorded yet', files: { ...lab('2026-07-01') }, asOf: '2026-10-01' },
  ],
  invalid: [
    {
      name: 'too few women among members and in audiences',
      files: { ...lab('2026-07-01'), ...men, ...event(4) },
      asOf: '2026-10-01',
      findings: [
        { file: LAB, line: null, message: "women are 0 of the 3 active members of lab lahore who gave their gender (0%), below the network's target of 25%" },
        { file: LAB, line: null, message: "women were 4 of the 20 people at lab lahore's events in Q3 2026 (July to September) (20%), below the network's target of 25%" },
      ],
    },
  ],
});
