import { flag, optionalArgument } from '../prompt/fields.js';
import { chosenLabs, listFormat, openNetwork } from './read-network.js';
const fields = {
    all: flag({ question: 'Every citizen, not only active ones', help: 'every citizen: inactive ones too' }),
    format: listFormat,
};
const COLUMNS = [
    { header: 'LAB', cell: (row) => row.lab },
    { header: 'ID', cell: (row) => row.id },
    { header: 'NAME', cell: (row) => row.citizen.name },
    { header: 'AREA', cell: (row) => row.citizen.area },
    { header: 'INTERESTS', cell: (row) => (row.citizen.interests ?? []).join(', ') },
    { header: 'CONSENT', cell: (row) => row.citizen.consent },
    { header: 'LAST MET', cell: (row) => row.lastMet },
    { header: 'STATUS', cell: (row) => row.citizen.status },
];
/** `cil citizen list [lab]`: a lab's active citizens (or every lab's), everyone with `--all`. */
export const citizenList = {
    inputs: { arguments: { lab: optionalArgument("the lab's id (default: every lab)") }, fields },
    list(where, { lab }, { all }) {
        const { network, asOf } = openNetwork(where);
        const rows = chosenLabs(network, lab).flatMap((folder) => {
            const met = new Map();
            for (const file of folder.events.values()) {
                const event = file.record;
                if (!event || event.date > asOf)
                    continue;
                for (const id of event.citizens_met ?? [])
                    if ((met.get(id) ?? '') < event.date)
                        met.set(id, event.date);
            }
            return [...folder.citizens.entries()].flatMap(([id, file]) => {
                const citizen = file.record;
                if (!citizen || (all !== true && citizen.status !== 'active'))
                    return [];
                const first = citizen.met_at === undefined ? undefined : folder.events.get(citizen.met_at)?.record?.date;
                const last = [met.get(id), first].filter((date) => date !== undefined && date <= asOf).sort().at(-1);
                return [{ lab: folder.id, id, citizen, lastMet: last }];
            });
        });
        const scope = lab === undefined ? 'in this network' : `in lab ${lab}`;
        const none = all === true ? `No citizens recorded ${scope} yet: \`cil citizen add\` adds one.` : `No active citizens ${scope}; --all lists every one.`;
        const json = ({ lab: labId, id, citizen, lastMet }) => ({
            lab: labId,
            id,
            name: citizen.name,
            area: citizen.area ?? null,
            interests: citizen.interests ?? [],
            consent: citizen.consent,
            met_at: citizen.met_at ?? null,
            last_met: lastMet ?? null,
            status: citizen.status,
        });
        return { rows, columns: lab === undefined ? COLUMNS : COLUMNS.slice(1), json, none };
    },
};
