/** The ids of a lab's citizens listed as active who had consented by a day. */
export function activeCitizensBy(folder, day) {
    return [...folder.citizens.entries()].flatMap(([id, file]) => file.record?.status === 'active' && file.record.consent <= day ? [id] : []);
}
/** The lab's events in a period at which it met at least one of its citizens (`citizens_met`), by date. */
export function citizenMeetingsIn(folder, period) {
    return [...folder.events.values()].flatMap((file) => {
        const event = file.record;
        const met = (event?.citizens_met ?? []).some((id) => folder.citizens.has(id));
        return event && met && event.date >= period.start && event.date <= period.end ? [event.date] : [];
    }).sort();
}
