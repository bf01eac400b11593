import { choice, optionalArgument } from '../prompt/fields.js';
import { allowedValues } from '../schema/validate.js';
import { chosenLabs, listFormat, openNetwork } from './read-network.js';
const fields = {
    kind: choice({ question: 'Only partners of this kind', valueName: 'kind', choices: allowedValues('partnerKind') }),
    format: listFormat,
};
const COLUMNS = [
    { header: 'LAB', cell: (row) => row.lab },
    { header: 'ID', cell: (row) => row.partner.id },
    { header: 'NAME', cell: (row) => row.partner.name },
    { header: 'KIND', cell: (row) => row.partner.kind },
    { header: 'MOU SIGNED', cell: (row) => row.partner.mou_signed },
    { header: 'PROJECTS', cell: (row) => row.projects },
];
/** `cil partner list [lab]`: the partners of every lab (or one), as lab.yaml lists them. */
export const partnerList = {
    inputs: { arguments: { lab: optionalArgument("only this lab's partners") }, fields },
    list(where, { lab }, { kind }) {
        const { network } = openNetwork(where);
        const rows = chosenLabs(network, lab)
            .flatMap(partnerRows)
            .filter((row) => kind === undefined || row.partner.kind === kind);
        const which = [kind, 'partners'].filter(Boolean).join(' ');
        const none = lab === undefined ? `No ${which} recorded yet: \`cil partner add <lab>\` adds one.` : `No ${which} recorded in lab ${lab}: \`cil partner add ${lab}\` adds one.`;
        const json = ({ lab: labId, partner, projects }) => ({
            lab: labId,
            id: partner.id,
            name: partner.name,
            kind: partner.kind ?? null,
            mou_signed: partner.mou_signed ?? null,
            website: partner.website ?? null,
            projects,
        });
        return { rows, columns: COLUMNS, json, none };
    },
};
function partnerRows(folder) {
    const projects = [...folder.projects.values()].map((file) => file.record?.partner);
    return (folder.lab?.record?.partners ?? []).map((partner) => ({
        lab: folder.id,
        partner,
        projects: projects.filter((id) => id === partner.id).length,
    }));
}
