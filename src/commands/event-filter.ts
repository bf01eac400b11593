import { choice } from '../prompt/fields.js';
import { dateField, givenText } from '../prompt/record-fields.js';
import type { EventRecord } from '../schema/records.generated.js';
import { allowedValues } from '../schema/validate.js';

/** `--from`, `--to` and `--kind`: which events a list or an export takes. */
export const eventFilterFields = {
  from: dateField('Only events on or after this day', 'event', ['date']),
  to: dateField('Only events on or before this day', 'event', ['date'], {
    check: (day, given) => {
      const from = givenText(given, 'from');
      return from !== '' && day < from ? `${day} is before --from ${from}; give a later day` : undefined;
    },
  }),
  kind: choice({ question: 'Only events of this kind', valueName: 'kind', choices: allowedValues('eventKind') }),
};

/** Whether an event is taken: of the kind asked, and with a day between --from and --to (an event over several days, any of them). */
export function eventWanted(event: EventRecord, { from, to, kind }: { from?: string; to?: string; kind?: string }): boolean {
  if (kind !== undefined && event.kind !== kind) return false;
  return (from === undefined || (event.until ?? event.date) >= from) && (to === undefined || event.date <= to);
}
