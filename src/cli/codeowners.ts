import type { Command } from 'commander';
import { type CliContext, readCommand } from './declare.js';

/** `cil codeowners [--check]`. */
export function declareCodeowners(command: Command, { io, state }: CliContext): void {
  readCommand(command, {
    load: () => import('../commands/codeowners.js'),
    inputs: (module) => module.codeownersInputs,
    async run(module, { answers, globals }) {
      const result = await module.codeowners({ cwd: io.cwd, repo: globals.repo, asOf: globals.asOf, check: answers.check });
      if (result.problems.length > 0) {
        for (const problem of result.problems) io.stderr.write(`cil: ${problem}\n`);
        io.stderr.write(`cil: nothing was written: ${result.path} would leave paths without an owner, and GitHub would ask nobody to review them\n`);
      } else {
        const verdict = !result.changed
          ? `${result.path} is up to date.`
          : answers.check
            ? `${result.path} is stale or missing; run \`cil codeowners\` and commit it.`
            : `Wrote ${result.path}`;
        io.stdout.write(`${verdict}\n`);
      }
      state.exitCode = result.exitCode;
    },
  });
}
