import type { Period } from '../calendar/periods.js';
import type { LabFolder } from '../network/types.js';

/** The ids of a lab's citizens listed as active who had consented by a day. */
export function activeCitizensBy(folder: LabFolder, day: string): string[] {
  return [...folder.citizens.entries()].flatMap(([id, file]) =>
    file.record?.status === 'active' && file.record.consent <= day ? [id] : []);
}

/**
 * The days of the lab's events in a period at which it met at least one of its active
 * citizens: those whose `citizens_met` names one, and those where it met one first (`met_at`).
 */
export function citizenMeetingsIn(folder: LabFolder, period: Pick<Period, 'start' | 'end'>): string[] {
  const active = new Set(activeCitizensBy(folder, period.end));
  const firstMet = new Set([...active].flatMap((id) => folder.citizens.get(id)?.record?.met_at ?? []));
  return [...folder.events.entries()].flatMap(([id, file]) => {
    const event = file.record;
    const met = firstMet.has(id) || (event?.citizens_met ?? []).some((citizen) => active.has(citizen));
    return event && met && event.date >= period.start && event.date <= period.end ? [event.date] : [];
  }).sort();
}
