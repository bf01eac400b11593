import { choice, flag } from '../prompt/fields.js';
import { allowedValues } from '../schema/validate.js';
import { chosenLabs, listFormat, openNetwork } from './read-network.js';
const fields = {
    status: choice({ question: 'Only labs with this status', valueName: 'status', choices: allowedValues('labStatus') }),
    all: flag({ question: 'Closed labs too' }),
    format: listFormat,
};
const COLUMNS = [
    { header: 'ID', cell: (row) => row.id },
    { header: 'NAME', cell: (row) => row.lab.name },
    { header: 'CITY', cell: (row) => row.lab.city },
    { header: 'STATUS', cell: (row) => row.lab.status },
    { header: 'LEADS', cell: (row) => row.lab.leads.join(', ') },
    { header: 'MEMBERS', cell: (row) => row.active },
];
/** `cil lab list`: the network's labs; closed ones only with `--all` or `--status closed`. */
export const labList = {
    inputs: { arguments: {}, fields },
    list(where, _args, answers) {
        const { network } = openNetwork(where);
        const { status, all } = answers;
        const wanted = (lab) => (status === undefined ? all === true || lab.status !== 'closed' : lab.status === status);
        const rows = chosenLabs(network)
            .flatMap((folder) => labRow(folder) ?? [])
            .filter(({ lab }) => wanted(lab));
        const none = status === undefined ? 'No labs recorded yet: `cil init` registers one.' : `No lab is ${status}.`;
        const json = ({ id, lab, active }) => ({
            id,
            name: lab.name,
            city: lab.city,
            province: lab.province,
            status: lab.status,
            founded: lab.founded,
            leads: lab.leads,
            active_members: active,
        });
        return { rows, columns: COLUMNS, json, none };
    },
};
function labRow(folder) {
    const lab = folder.lab?.record;
    if (!lab)
        return undefined;
    const active = [...folder.members.values()].filter((member) => member.record?.status === 'active').length;
    return { id: folder.id, lab, active };
}
