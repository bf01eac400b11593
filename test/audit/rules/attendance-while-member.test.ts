import { attendanceWhileMember } from '../../../src/audit/rules/attendance-while-member.js';
import { meeting, member } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const offboarded = 'status: offboarded\noffboarded: { date: 2026-09-10, reason: Inactive, handover: None }\n';
const reinstated = 'status: active\noffboarded: { date: 2026-09-10, reason: Inactive, handover: None }\nreinstated: [{ date: 2026-10-01, terms: Comes to every meetup }]\n';
const alumna = 'roles: [{ role: technologist, until: 2026-09-10 }]\nstatus: alumni\nleft: { date: 2026-09-10 }\n';
const event = (date: string) => `labs/lahore/events/${date}-meetup.yaml`;

// Ayesha Khan, the base network's lead, joined on 1 November 2026.
testRule(attendanceWhileMember, {
  valid: [
    { name: 'members who had joined', files: { ...member('sara-malik', '2026-02-01'), ...meeting('2026-11-05', ['ayesha-khan', 'sara-malik']) } },
    { name: 'present on the day she joined', files: { ...member('sara-malik', '2026-09-05'), ...meeting('2026-09-05', ['sara-malik']) } },
    { name: 'excused on the day she was offboarded', files: { ...member('sara-malik', '2026-02-01', offboarded), ...meeting('2026-09-10', [], ['sara-malik']) } },
    { name: 'present after her reinstatement', files: { ...member('sara-malik', '2026-02-01', reinstated), ...meeting('2026-10-03', ['sara-malik']) } },
    { name: 'present on the day she left', files: { ...member('sara-malik', '2026-02-01', alumna), ...meeting('2026-09-10', ['sara-malik']) } },
    { name: 'an id that is no member (the reference rule reports it)', files: meeting('2026-09-05', ['nobody-here']) },
  ],
  invalid: [
    {
      name: 'present before she joined',
      files: { ...member('sara-malik', '2026-11-10'), ...meeting('2026-11-05', ['ayesha-khan', 'sara-malik']) },
      findings: [
        {
          file: event('2026-11-05'),
          line: 4,
          column: 38,
          message: 'Sara Malik (sara-malik) is listed as present on 5 November 2026 but joined the lab only on 10 November 2026; take them off the attendance, or correct the event\'s `date` or their record',
        },
      ],
    },
    {
      name: 'excused after she was offboarded, before her reinstatement',
      files: { ...member('sara-malik', '2026-02-01', reinstated), ...meeting('2026-09-20', [], ['sara-malik']) },
      findings: [{ file: event('2026-09-20'), line: 4, message: 'is listed as excused on 20 September 2026 but was offboarded on 10 September 2026' }],
    },
    {
      name: 'present after she left',
      files: { ...member('sara-malik', '2026-02-01', alumna), ...meeting('2026-10-10', ['sara-malik']) },
      findings: [{ file: event('2026-10-10'), message: 'is listed as present on 10 October 2026 but left the lab on 10 September 2026' }],
    },
  ],
});
