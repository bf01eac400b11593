import { projectOpenSource } from '../../../src/audit/rules/project-open-source.js';
import { project } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const file = 'labs/lahore/projects/toilet-finder.yaml';
const launched = (extra: string) => project('toilet-finder', `name: Toilet Finder\nstatus: launched\n${extra}`);
const open = (license: string) => launched(`repository: https://github.com/cil-lahore/toilet-finder\nlicense: ${license}\n`);

testRule(projectOpenSource, {
  valid: [
    ...['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', '0BSD'].map((license) => ({ name: `public code under ${license}`, files: open(license) })),
    { name: 'a project in discovery', files: project('toilet-finder', 'name: Toilet Finder\nstatus: discovery\n') },
    { name: 'MPL-2.0 when the network accepts it', files: { ...open('MPL-2.0'), 'cil.yaml': 'network: Test\npolicy: { accepted_licenses: [MPL-2.0] }\n' } },
  ],
  invalid: [
    {
      name: 'no repository and no licence',
      files: launched(''),
      findings: [
        { file, line: 2, message: 'project Toilet Finder (toilet-finder) of lab lahore is launched without a public repository; publish the code and record `repository: https://...`' },
        { file, line: 2, message: 'has no `license`; choose a permissive one such as MIT or Apache-2.0' },
      ],
    },
    { name: 'a copyleft licence', files: open('GPL-3.0-only'), findings: [{ file, line: 4, column: 10, message: "GPL-3.0-only is not a permissive licence (it is not on the Blue Oak Council's list)" }] },
    { name: 'MPL-2.0, unless the network accepts it', files: open('MPL-2.0'), findings: [{ file, line: 4, message: 'MPL-2.0 is not a permissive licence' }] },
    { name: 'a licence the Blue Oak Council rates lead', files: open('WTFPL'), findings: [{ file, line: 4, message: 'WTFPL is not a permissive licence' }] },
  ],
});
