import { readCommand } from './declare.js';
import { sayLeftOut } from './export-data.js';
/** `cil site`: the network's static website, with the core team's dashboard. */
export function declareSite(command, { io }) {
    readCommand(command, {
        load: () => import('../commands/site.js'),
        inputs: (module) => module.siteInputs,
        async run(module, { answers, globals }) {
            const result = await module.site({ cwd: io.cwd, repo: globals.repo, asOf: globals.asOf, out: answers.out, baseUrl: answers.baseUrl });
            sayLeftOut(io, result.leftOut);
            const count = (n, what) => `${n} ${n === 1 ? what : `${what}s`}`;
            io.stdout.write(`Wrote the site to ${result.out}: ${count(result.written, 'file')} written, ${result.kept} kept as they were, ${result.removed} removed.\n`);
        },
    });
}
