import type { Command } from 'commander';
import { type CliContext, readCommand } from './declare.js';

/** `cil schemas [--check]`. */
export function declareSchemas(program: Command, { io, state }: CliContext): void {
  readCommand(program, 'schemas', 'write .cil/schemas/: the copy of the schemas that editors and validators use offline', {
    load: () => import('../commands/schemas.js'),
    inputs: (module) => module.schemasInputs,
    async run(module, { answers, globals }) {
      const result = module.schemas({ cwd: io.cwd, repo: globals.repo, check: answers.check });
      const verdict = result.changed.length === 0
        ? `${result.folder}/ is up to date.`
        : answers.check
          ? `${result.folder}/ is stale or missing (${result.changed.join(', ')}); run \`cil schemas\` and commit it.`
          : `Wrote ${result.changed.join(', ')}`;
      io.stdout.write(`${verdict}\n`);
      state.exitCode = result.exitCode;
    },
  });
}
