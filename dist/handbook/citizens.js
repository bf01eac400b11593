/** The ids of a lab's citizens listed as active who had consented by a day. */
export function activeCitizensBy(folder, day) {
    return [...folder.citizens.entries()].flatMap(([id, file]) => file.record?.status === 'active' && file.record.consent <= day ? [id] : []);
}
/**
 * The days of the lab's events in a period at which it met at least one of its citizens: those
 * whose `citizens_met` names one, and those where it met one first (a citizen's `met_at`).
 */
export function citizenMeetingsIn(folder, period) {
    const citizens = [...folder.citizens.values()];
    const firstMet = new Set(citizens.flatMap((file) => (file.record?.met_at === undefined ? [] : [file.record.met_at])));
    return [...folder.events.entries()].flatMap(([id, file]) => {
        const event = file.record;
        const met = firstMet.has(id) || (event?.citizens_met ?? []).some((citizen) => folder.citizens.has(citizen));
        return event && met && event.date >= period.start && event.date <= period.end ? [event.date] : [];
    }).sort();
}
