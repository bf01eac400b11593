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
    { name: 'a crowd of 50,000', files: counted('{ citizens: 50000 }') },
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
      name: 'a phone number in a head count',
      files: counted('{ citizens: 3001234567, technologists: 4 }'),
      findings: [{ file, line: 5, column: 23, message: 'counts 3001234567 citizens, more than any lab event holds (50,000): is it a phone number or a slip? correct it' }],
    },
    {
      name: 'women counted, and nobody else',
      files: counted('{ women: 3 }'),
      findings: [{ file, line: 5, message: 'counts 3 women but nobody else; add the citizens, technologists and government officials who came to `audience`' }],
    },
  ],
});
