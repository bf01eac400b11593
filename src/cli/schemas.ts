import type { Command } from 'commander';
import { type CliContext, readCommand } from './declare.js';

/** `cil schemas [--check]`. */
export function declareSchemas(command: Command, { io, state }: CliContext): void {
  readCommand(command, {
    load: () => import('../commands/schemas.js'),
    inputs: (module) => module.schemasInputs,
    async run(module, { answers, globals }) {
      const result = module.schemas({ cwd: io.cwd, repo: globals.repo, check: answers.check });
      const verdict = result.changed.length === 0
        ? `${result.folder}/ and the editor settings are up to date.`
        : answers.check
          ? `Stale or missing: ${result.changed.join(', ')}; run \`cil schemas\` and commit them.`
          : `Wrote ${result.changed.join(', ')}`;
      io.stdout.write(`${verdict}\n`);
      state.exitCode = result.exitCode;
    },
  });
}
