import { choice, flag, optionalArgument } from '../prompt/fields.js';
import { allowedValues } from '../schema/validate.js';
import { chosenLabs, listFormat, openNetwork } from './read-network.js';
/** The statuses of a project that has ended: shown with `--all` or asked for by `--status`. */
const ENDED = ['closed', 'handed-over', 'abandoned'];
const fields = {
    status: choice({ question: 'Only projects with this status', valueName: 'status', choices: allowedValues('projectStatus') }),
    all: flag({ question: 'Projects that ended too (closed, handed over, abandoned)' }),
    format: listFormat,
};
const kpiText = ({ name, actual, target }) => `${name} ${actual ?? '?'}${target === undefined ? '' : `/${target}`}`;
const COLUMNS = [
    { header: 'LAB', cell: (row) => row.lab },
    { header: 'ID', cell: (row) => row.id },
    { header: 'NAME', cell: (row) => row.project.name },
    { header: 'STATUS', cell: (row) => row.project.status },
    { header: 'PARTNER', cell: (row) => row.project.partner },
    { header: 'MOU', cell: (row) => row.project.mou_signed },
    { header: 'TEAM', cell: (row) => row.project.team?.length ?? 0 },
    { header: 'KPIS', cell: (row) => (row.project.kpis ?? []).map(kpiText).join('; ') },
];
/** `cil project list [lab]`: the projects under way, every one with `--all`, or those of one `--status`. */
export const projectList = {
    inputs: { arguments: { lab: optionalArgument("only this lab's projects") }, fields },
    list(where, { lab }, answers) {
        const { network } = openNetwork(where);
        const { status, all } = answers;
        const wanted = (project) => (status === undefined ? all === true || !ENDED.includes(project.status) : project.status === status);
        const rows = chosenLabs(network, lab).flatMap((folder) => [...folder.projects].flatMap(([id, { record }]) => (record && wanted(record) ? [{ lab: folder.id, id, project: record }] : [])));
        const inLab = lab === undefined ? '' : ` in lab ${lab}`;
        const none = status !== undefined
            ? `No project is ${status}${inLab}.`
            : all ? `No projects recorded${inLab}: \`cil project add\` adds one.` : `No projects under way${inLab}; --all shows those that ended.`;
        const json = ({ lab: labId, id, project }) => ({
            lab: labId,
            id,
            name: project.name,
            status: project.status,
            started: project.started ?? null,
            ended: project.ended ?? null,
            partner: project.partner ?? null,
            mou_signed: project.mou_signed ?? null,
            repository: project.repository ?? null,
            license: project.license ?? null,
            website: project.website ?? null,
            team: project.team ?? [],
            kpis: project.kpis ?? [],
        });
        return { rows, columns: COLUMNS, json, none };
    },
};
