import { judgedLabs } from '../../handbook/judged.js';
import { memberStandings, missesInWords } from '../../handbook/standing.js';
import type { Rule } from '../types.js';

/** The handbook: missing two consecutive calls or meetups without prior notice is inactivity, and brings a formal warning. */
export const inactiveMember: Rule = {
  id: 'inactive-member',
  description:
    'An active member who missed `inactivity_missed_in_a_row` lab meetings in a row without being excused, and has had no formal warning or reinstatement since, is due a warning; for the lab\'s leads a monthly or quarterly report missing past its due day (or sent after it) counts like a missed meeting, on that day.',
  severity: 'warning',
  help: {
    why: 'The handbook treats missing `inactivity_missed_in_a_row` meetings in a row without notice as inactivity, to be met with a formal warning: it gives the member a clear signal, and the lab an honest roll. Failing to meet deadlines or to submit updates qualifies too: the lab\'s reports are its leads\' to send, so a report missing past its due day counts for them as a missed meeting does, and one sent on time ends a run as attending does.',
    fix: 'Talk to the member, then record the warning with `cil member warn <lab> <member> --reason "..."`. If they had sent notice, list them as `excused` at those meetings instead; a report that was sent needs its record with its `submitted` date.',
    example: {
      file: 'labs/quetta/members/jalal-achakzai.yaml',
      finding: 'labs/quetta/members/jalal-achakzai.yaml warning inactive-member Jalal Achakzai (jalal-achakzai) of lab quetta missed 2 lab meetings in a row without notice (5 September 2026 and 10 October 2026) and has had no formal warning since; the handbook\'s next step is a warning: `cil member warn quetta jalal-achakzai --reason "..."`',
    },
  },
  reads: 'lab',
  dated: true,
  check({ network, settings, asOf, report }) {
    for (const { folder } of judgedLabs(network)) {
      for (const standing of memberStandings(folder, settings.policy, asOf)) {
        if (standing.due !== 'warning') continue;
        report({
          file: standing.file,
          message: `${standing.member.name} (${standing.id}) of lab ${folder.id} missed ${missesInWords(standing.missedInARow)} and has had no formal warning since; the handbook's next step is a warning: \`cil member warn ${folder.id} ${standing.id} --reason "..."\``,
        });
      }
    }
  },
};
