import type { Listing } from '../cli/declare.js';
import { type Column, formatList } from '../format/list.js';
import { LIST_FORMATS } from '../format/table.js';
import type { LabFolder } from '../network/types.js';
import { choice, flag } from '../prompt/fields.js';
import type { LabRecord } from '../schema/records.generated.js';
import { allowedValues } from '../schema/validate.js';
import { chosenLabs, openNetwork } from './read-network.js';

/** How every list is printed: `--format table|json`. */
export const listFormat = choice({
  question: 'Output format',
  help: 'table for people, json for scripts',
  valueName: 'format',
  required: true,
  default: 'table',
  choices: LIST_FORMATS,
});

/** A lab as a list shows it. */
interface LabRow {
  id: string;
  lab: LabRecord;
  /** Its members whose status is active. */
  active: number;
}

const fields = {
  status: choice({ question: 'Only labs with this status', valueName: 'status', choices: allowedValues('labStatus') }),
  all: flag({ question: 'Closed labs too' }),
  format: listFormat,
};

const COLUMNS: Column<LabRow>[] = [
  { header: 'ID', cell: (row) => row.id },
  { header: 'NAME', cell: (row) => row.lab.name },
  { header: 'CITY', cell: (row) => row.lab.city },
  { header: 'STATUS', cell: (row) => row.lab.status },
  { header: 'LEADS', cell: (row) => row.lab.leads.join(', ') },
  { header: 'MEMBERS', cell: (row) => row.active },
];

/** `cil lab list`: the network's labs; closed ones only with `--all` or `--status closed`. */
export const labList: Listing<Record<string, never>, typeof fields> = {
  inputs: { arguments: {}, fields },
  print(where, _args, answers) {
    const { network } = openNetwork(where);
    const { status, all } = answers;
    const wanted = (lab: LabRecord) => (status === undefined ? all === true || lab.status !== 'closed' : lab.status === status);
    const rows = chosenLabs(network)
      .flatMap((folder) => labRow(folder) ?? [])
      .filter(({ lab }) => wanted(lab));
    const none = status === undefined ? 'No labs recorded yet: `cil init` registers one.' : `No lab is ${status}.`;
    const json = ({ id, lab, active }: LabRow) => ({
      id,
      name: lab.name,
      city: lab.city,
      province: lab.province,
      status: lab.status,
      founded: lab.founded,
      leads: lab.leads,
      active_members: active,
    });
    return formatList(rows, { columns: COLUMNS, json, none }, answers.format === 'json' ? 'json' : 'table');
  },
};

function labRow(folder: LabFolder): LabRow | undefined {
  const lab = folder.lab?.record;
  if (!lab) return undefined;
  const active = [...folder.members.values()].filter((member) => member.record?.status === 'active').length;
  return { id: folder.id, lab, active };
}
