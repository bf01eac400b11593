import { projectMou } from '../../../src/audit/rules/project-mou.js';
import { LAB, lab, project } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const file = 'labs/lahore/projects/toilet-finder.yaml';
const labWithMou = { [LAB]: lab('2026-01-10')[LAB]!.replace('kind: government', 'kind: government, mou_signed: 2026-01-15') };
const building = (extra: string) => project('toilet-finder', `name: Toilet Finder\nstatus: building\nstarted: 2026-03-01\n${extra}`);

testRule(projectMou, {
  valid: [
    { name: 'an MoU signed before work started', files: building('partner: pitb\nmou_signed: 2026-02-20\n') },
    { name: 'an MoU signed the day work started', files: building('partner: pitb\nmou_signed: 2026-03-01\n') },
    { name: "the partner's MoU in lab.yaml", files: { ...labWithMou, ...building('partner: pitb\n') } },
    { name: 'a project still in discovery', files: project('toilet-finder', 'name: Toilet Finder\nstatus: discovery\n') },
    { name: 'an abandoned project', files: project('toilet-finder', 'name: Toilet Finder\nstatus: abandoned\n') },
  ],
  invalid: [
    {
      name: 'a project building without an MoU, at its status',
      files: building('partner: pitb\n'),
      findings: [{ file, line: 2, column: 9, message: 'project Toilet Finder (toilet-finder) of lab lahore is building without a signed MoU; sign one with the partner department and record `partner` and `mou_signed`' }],
    },
    {
      name: 'a launched project without a partner',
      files: project('toilet-finder', 'name: Toilet Finder\nstatus: launched\n'),
      findings: [{ file, line: 2, message: 'is launched without a partner and a signed MoU' }],
    },
    {
      name: 'an MoU signed after work started, as a warning',
      files: building('partner: pitb\nmou_signed: 2026-04-01\n'),
      findings: [{ file, line: 5, column: 13, severity: 'warning', message: 'was signed on 1 April 2026, after work started on 1 March 2026' }],
    },
  ],
});
