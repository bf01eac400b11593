import { codeowners } from '../../../src/audit/rules/codeowners.js';
import { expected, karachi } from '../../helpers/codeowners.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(codeowners, {
  valid: [
    { name: 'no CODEOWNERS', files: {} },
    { name: 'a CODEOWNERS of its own, not written by cil', files: { '.github/CODEOWNERS': '* @someone\n' } },
    { name: 'a current CODEOWNERS', files: { ...karachi, '.github/CODEOWNERS': expected } },
  ],
  invalid: [
    {
      name: 'a CODEOWNERS that no longer matches the leads',
      files: { ...karachi, '.github/CODEOWNERS': expected.replace('@usman-s', '@someone-else') },
      findings: [{ file: '.github/CODEOWNERS', line: null, message: "CODEOWNERS no longer matches the labs' leads and the core team; run `cil codeowners` and commit the result" }],
    },
  ],
});
