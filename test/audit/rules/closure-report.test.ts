import { closureReport } from '../../../src/audit/rules/closure-report.js';
import { project, report } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const file = 'labs/lahore/projects/toilet-finder.yaml';
const withStatus = (status: string) => project('toilet-finder', `name: Toilet Finder\nstatus: ${status}\n`);

testRule(closureReport, {
  valid: [
    { name: 'a closed project with its closure report', files: { ...withStatus('closed'), ...report('toilet-finder-closure', 'kind: closure\nproject: toilet-finder\n') } },
    { name: 'a launched project', files: withStatus('launched') },
    { name: 'an abandoned project', files: withStatus('abandoned') },
  ],
  invalid: [
    {
      name: 'a closed project without one',
      files: withStatus('closed'),
      findings: [{ file, line: 2, column: 9, message: 'project Toilet Finder (toilet-finder) of lab lahore is closed but has no closure report; draft it with `cil report closure lahore --project toilet-finder`' }],
    },
    { name: 'a project handed over without one', files: withStatus('handed-over'), findings: [{ file, message: 'is handed-over but has no closure report' }] },
  ],
});
