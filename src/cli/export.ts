import type { Command } from 'commander';
import { type CliContext, readCommand } from './declare.js';
import { addExportDataCommands, sayLeftOut } from './export-data.js';

/** `cil export ics|csv|json`: the network's records in formats other tools read. */
export function declareExport(group: Command, context: CliContext): void {
  const { io } = context;
  readCommand(group, 'ics', 'the events as an RFC 5545 calendar (iCalendar) to publish or subscribe to', {
    load: () => import('../commands/export-ics.js'),
    inputs: (module) => module.exportIcsInputs,
    async run(module, { args, answers, globals }) {
      const result = module.exportIcs({ cwd: io.cwd, repo: globals.repo, asOf: globals.asOf, labs: args.labs, ...answers });
      sayLeftOut(io, result.leftOut);
      io.stdout.write(result.out === undefined ? result.text : `Wrote ${result.out}: ${result.events} ${result.events === 1 ? 'event' : 'events'}.\n`);
    },
  });
  addExportDataCommands(group, context);
}
