import { headCounts } from '../../../src/audit/rules/head-counts.js';
import { meeting } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const counted = (audience: string) => meeting('2026-11-05', ['ayesha-khan'], [], 'meetup', `audience: ${audience}\n`);
const file = 'labs/lahore/events/2026-11-05-meetup.yaml';

testRule(headCounts, {
  valid: [
    { name: 'fewer women than people', files: counted('{ citizens: 14, technologists: 9, government: 2, women: 8 }') },
    { name: 'everyone a woman', files: counted('{ citizens: 5, technologists: 4, women: 9 }') },
    { name: 'head counts without women', files: counted('{ citizens: 14 }') },
    { name: 'no head counts at all', files: meeting('2026-11-05', ['ayesha-khan']) },
  ],
  invalid: [
    {
      name: 'a meetup of 6 technologists counting 9 women',
      files: counted('{ technologists: 6, women: 9 }'),
      findings: [
        {
          file,
          line: 5,
          column: 38,
          message: 'the event of 5 November 2026 counts 9 women among 6 people (citizens, technologists and government officials); correct `women` or the head counts in `audience`',
        },
      ],
    },
    {
      name: 'women counted, and nobody else',
      files: counted('{ women: 3 }'),
      findings: [{ file, line: 5, message: 'counts 3 women but nobody else; add the citizens, technologists and government officials who came to `audience`' }],
    },
  ],
});
