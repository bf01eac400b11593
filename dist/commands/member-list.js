import { rolesOn } from '../handbook/membership.js';
import { flag, optionalArgument } from '../prompt/fields.js';
import { chosenLabs, listFormat, openNetwork } from './read-network.js';
const fields = {
    all: flag({ question: 'Everyone, not only active members', help: 'everyone: offboarded members and alumni too' }),
    format: listFormat,
};
const COLUMNS = [
    { header: 'LAB', cell: (row) => row.lab },
    { header: 'ID', cell: (row) => row.id },
    { header: 'NAME', cell: (row) => row.member.name },
    { header: 'ROLES', cell: (row) => row.roles.join(', ') },
    { header: 'JOINED', cell: (row) => row.member.joined },
    { header: 'HOURS', cell: (row) => row.member.weekly_hours },
    { header: 'STATUS', cell: (row) => row.member.status },
];
/** `cil member list [lab]`: a lab's members (or every lab's), active ones unless `--all`. */
export const memberList = {
    inputs: { arguments: { lab: optionalArgument("the lab's id (default: every lab)") }, fields },
    list(where, { lab }, { all }) {
        const { network, asOf } = openNetwork(where);
        const labs = chosenLabs(network, lab);
        const rows = labs.flatMap((folder) => [...folder.members.entries()].flatMap(([id, file]) => {
            const member = file.record;
            if (!member || (all !== true && member.status !== 'active'))
                return [];
            return [{ lab: folder.id, id, member, roles: rolesOn(member, asOf) }];
        }));
        const scope = lab === undefined ? 'in this network' : `in lab ${lab}`;
        const none = all === true ? `No members recorded ${scope} yet: \`cil member add\` adds one.` : `No active members ${scope}; --all lists everyone.`;
        const json = ({ lab: labId, id, member, roles }) => ({
            lab: labId,
            id,
            name: member.name,
            github: member.github ?? null,
            joined: member.joined,
            status: member.status,
            roles_now: roles,
            roles: member.roles,
            weekly_hours: member.weekly_hours ?? null,
            skills: member.skills ?? [],
            gender: member.gender ?? null,
        });
        return { rows, columns: lab === undefined ? COLUMNS : COLUMNS.slice(1), json, none };
    },
};
