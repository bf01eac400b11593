import { beforeFounding } from '../../../src/audit/rules/before-founding.js';
import { lab, meeting, member, project, report } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const founded = lab('2026-01-01');

testRule(beforeFounding, {
  valid: [
    {
      name: 'records from the founding day on',
      files: {
        ...founded,
        ...member('sara-malik', '2026-01-01'),
        ...meeting('2026-01-01', ['ayesha-khan']),
        ...project('finder', 'name: Finder\nstatus: discovery\nstarted: 2026-01-01\n'),
        ...report('2026-01-monthly', 'kind: monthly\nperiod: 2026-01\n'),
      },
    },
    { name: 'the report of the month the lab was founded in', files: { ...lab('2026-01-20'), ...member('ayesha-khan', '2026-01-20'), ...report('2026-01-monthly', 'kind: monthly\nperiod: 2026-01\n') } },
    { name: 'a project without a start date', files: { ...founded, ...project('finder', 'name: Finder\nstatus: discovery\n') } },
  ],
  invalid: [
    {
      name: 'an event before the founding',
      files: { ...founded, ...meeting('2025-12-20', ['ayesha-khan']) },
      findings: [
        {
          file: 'labs/lahore/events/2025-12-20-meetup.yaml',
          line: 3,
          column: 7,
          message: "this event took place on 20 December 2025, before lab lahore was founded (1 January 2026); correct `date`, or the lab's `founded` with `cil lab edit lahore --founded <date>`",
        },
      ],
    },
    {
      name: 'a member, a project and a report before the founding',
      files: {
        ...founded,
        ...member('sara-malik', '2025-11-01'),
        ...project('finder', 'name: Finder\nstatus: discovery\nstarted: 2025-12-01\n'),
        ...report('2025-Q4-quarterly', 'kind: quarterly\nperiod: 2025-Q4\n'),
      },
      findings: [
        {
          file: 'labs/lahore/members/sara-malik.yaml',
          line: 2,
          message: 'Sara Malik joined on 1 November 2025, before lab lahore was founded (1 January 2026); correct `joined` with `cil member edit lahore sara-malik --joined <date>`, or the lab\'s `founded` with `cil lab edit lahore --founded <date>`',
        },
        { file: 'labs/lahore/projects/finder.yaml', line: 3, message: 'this project started on 1 December 2025, before' },
        { file: 'labs/lahore/reports/2025-Q4-quarterly.yaml', line: 2, message: 'this report is for Q4 2025 (October to December), which ended on 31 December 2025, before' },
      ],
    },
  ],
});
