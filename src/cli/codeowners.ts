import type { Command } from 'commander';
import { type CliContext, readCommand } from './declare.js';

/** `cil codeowners [--check]`. */
export function declareCodeowners(program: Command, { io, state }: CliContext): void {
  readCommand(program, 'codeowners', 'write .github/CODEOWNERS: each lab owned by its active leads, everything else by the core team', {
    load: () => import('../commands/codeowners.js'),
    inputs: (module) => module.codeownersInputs,
    async run(module, { answers, globals }) {
      const result = await module.codeowners({ cwd: io.cwd, repo: globals.repo, asOf: globals.asOf, check: answers.check });
      const verdict = !result.changed
        ? `${result.path} is up to date.`
        : answers.check
          ? `${result.path} is stale or missing; run \`cil codeowners\` and commit it.`
          : `Wrote ${result.path}`;
      io.stdout.write(`${verdict}\n`);
      if (result.unowned.length > 0) {
        const paths = result.unowned.map((path) => `\`${path}\``).join(', ');
        io.stderr.write(`cil: nobody owns ${paths}, so GitHub asks nobody to review changes to them; name CfP's core team (GitHub handles) in cil.yaml's \`core_team\`, then run \`cil codeowners\` again\n`);
      }
      state.exitCode = result.exitCode;
    },
  });
}
