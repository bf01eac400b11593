import { headCount } from '../handbook/membership.js';
import { choice, optionalArgument } from '../prompt/fields.js';
import { dateField, givenText } from '../prompt/record-fields.js';
import { allowedValues } from '../schema/validate.js';
import { chosenLabs, listFormat, openNetwork } from './read-network.js';
const fields = {
    from: dateField('Only events on or after this day', 'event', ['date']),
    to: dateField('Only events on or before this day', 'event', ['date'], {
        check: (day, given) => {
            const from = givenText(given, 'from');
            return from !== '' && day < from ? `${day} is before --from ${from}; give a later day` : undefined;
        },
    }),
    kind: choice({ question: 'Only events of this kind', valueName: 'kind', choices: allowedValues('eventKind') }),
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
        const wanted = (event) => (from === undefined || event.date >= from) && (to === undefined || event.date <= to) && (kind === undefined || event.kind === kind);
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
