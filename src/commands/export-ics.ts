import { formatIcs, whyNotInCalendar } from '../calendar/ics.js';
import { flag, text, variadicArgument } from '../prompt/fields.js';
import { cilVersion } from '../version.js';
import { writeExportFile } from '../write/export-file.js';
import { eventFilterFields, eventWanted } from './event-filter.js';
import { type LeftOut, leftOutRecords } from './export-scope.js';
import { chosenLabs, openNetwork, type ReadOptions } from './read-network.js';

/** What `cil export ics` takes from its command line. */
export const exportIcsInputs = {
  arguments: { labs: variadicArgument('only the events of these labs (default: every lab)') },
  fields: {
    ...eventFilterFields,
    out: text({ question: 'Write the calendar to this file, whole or not at all', help: 'write to this file, whole or not at all (default: standard output)', valueName: 'file' }),
    // A calendar is published: it holds only what is public, with or without the flag.
    public: flag({ question: 'Only what is public (always so for a calendar)', help: 'only what is public: no attendance, no warnings (always so for a calendar)' }),
  },
};

export interface ExportIcsOptions extends ReadOptions {
  labs?: readonly string[];
  from?: string;
  to?: string;
  kind?: string;
  /** The file to write, relative to `cwd`; without it the calendar is returned only. */
  out?: string;
}

export interface ExportIcsResult {
  text: string;
  events: number;
  /** The file written, as given. */
  out?: string;
  /** Event files left out, in order of path: their records do not pass their schema, or end before they start. */
  leftOut: LeftOut[];
}

/**
 * `cil export ics [lab...]`: the events of the network (or of the labs named) as an RFC 5545
 * calendar. An event over several days is taken when any of its days is between --from and --to.
 */
export function exportIcs(options: ExportIcsOptions): ExportIcsResult {
  // A calendar needs the labs and their events alone.
  const { network, settings } = openNetwork(options, ['lab', 'event']);
  const { from, to, kind } = options;
  const named = options.labs?.length ? options.labs.flatMap((lab) => chosenLabs(network, lab)) : chosenLabs(network);
  const labs = [...new Map(named.map((folder) => [folder.id, folder])).values()];
  const wanted = labs.flatMap((folder) =>
    [...folder.events.entries()].flatMap(([id, { path, record: event }]) => {
      if (!event || !eventWanted(event, { from, to, kind })) return [];
      const lab = { id: folder.id, name: folder.lab?.record?.name ?? folder.id };
      return [{ path, why: whyNotInCalendar(event, settings.timezone), lab, id, event }];
    }));
  const leftOut = [
    ...leftOutRecords(network, options.labs, ['event']),
    ...wanted.flatMap(({ path, why }) => (why === undefined ? [] : [{ file: path, why }])),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const events = wanted
    .filter(({ why }) => why === undefined)
    .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.lab.id.localeCompare(b.lab.id) || a.id.localeCompare(b.id));
  const text = formatIcs(events, { name: settings.network, timezone: settings.timezone }, `cil ${cilVersion()}`);
  if (options.out !== undefined) writeExportFile(options.cwd, options.out, text);
  return { text, events: events.length, out: options.out, leftOut };
}
