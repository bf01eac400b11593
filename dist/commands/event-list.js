import { headCount } from '../handbook/membership.js';
import { optionalArgument } from '../prompt/fields.js';
import { eventFilterFields, eventWanted } from './event-filter.js';
import { chosenLabs, listFormat, openNetwork } from './read-network.js';
const fields = {
    ...eventFilterFields,
    format: listFormat,
};
const COLUMNS = [
    { header: 'LAB', cell: (row) => row.lab },
    { header: 'ID', cell: (row) => row.id },
    { header: 'TITLE', cell: (row) => row.event.title },
    { header: 'KIND', cell: (row) => row.event.kind },
    { header: 'PRESENT', cell: (row) => row.event.attendance?.present?.length },
    { header: 'PEOPLE', cell: (row) => (row.event.audience ? headCount(row.event.audience) : undefined) },
];
/** `cil event list [lab]`: events by date, of a lab (or every lab), between days and of a kind when asked. */
export const eventList = {
    inputs: { arguments: { lab: optionalArgument("the lab's id (default: every lab)") }, fields },
    list(where, { lab }, { from, to, kind }) {
        const { network } = openNetwork(where);
        const wanted = (event) => eventWanted(event, { from, to, kind });
        const rowsOf = (folder) => [...folder.events.entries()].flatMap(([id, { record }]) => (record && wanted(record) ? [{ lab: folder.id, id, event: record }] : []));
        const rows = chosenLabs(network, lab)
            .flatMap(rowsOf)
            .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.lab.localeCompare(b.lab) || a.id.localeCompare(b.id));
        const filtered = from !== undefined || to !== undefined || kind !== undefined;
        const scope = lab === undefined ? 'in this network' : `in lab ${lab}`;
        const none = filtered ? `No events ${scope} match.` : `No events recorded ${scope} yet: \`cil event add\` records one.`;
        const json = ({ lab: labId, id, event }) => ({
            lab: labId,
            id,
            date: event.date,
            starts: event.starts ?? null,
            ends: event.ends ?? null,
            until: event.until ?? null,
            title: event.title,
            kind: event.kind,
            online: event.online === true,
            venue: event.venue ?? null,
            organizers: event.organizers ?? [],
            partners: event.partners ?? [],
            attendance: { present: event.attendance?.present ?? [], excused: event.attendance?.excused ?? [] },
            audience: event.audience ?? null,
        });
        return { rows, columns: lab === undefined ? COLUMNS : COLUMNS.slice(1), json, none };
    },
};
