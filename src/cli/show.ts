import type { Command } from 'commander';
import { type CliContext, readCommand } from './declare.js';

/** `cil show <lab>[/<kind>/<id>]`. */
export function declareShow(command: Command, { io }: CliContext): void {
  readCommand(command, {
    load: async () => ({ ...(await import('../commands/show.js')), ...(await import('../format/show.js')) }),
    inputs: (module) => module.showInputs,
    async run(module, { args, answers, globals }) {
      const shown = module.show({ cwd: io.cwd, repo: globals.repo, asOf: globals.asOf, target: args.target });
      io.stdout.write(answers.format === 'json' ? module.formatShownJson(shown) : module.formatShown(shown));
    },
  });
}
