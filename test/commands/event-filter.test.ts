import { describe, expect, it } from 'vitest';
import { eventWanted } from '../../src/commands/event-filter.js';
import type { EventRecord } from '../../src/schema/records.generated.js';

const camp: EventRecord = { title: 'Data camp', kind: 'hackathon', date: '2026-10-30', until: '2026-11-02' };

describe('eventWanted (event list, export ics)', () => {
  it.each([
    [{}, true],
    [{ from: '2026-11-01' }, true],
    [{ from: '2026-11-03' }, false],
    [{ to: '2026-10-30' }, true],
    [{ to: '2026-10-29' }, false],
    [{ kind: 'hackathon' }, true],
    [{ kind: 'meetup' }, false],
  ])('takes an event over several days when any of its days is in range: %o -> %s', (filter, taken) => {
    expect(eventWanted(camp, filter)).toBe(taken);
  });
});
