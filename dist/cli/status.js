import { useColor } from '../io.js';
import { readCommand } from './declare.js';
/** `cil status [lab]`. */
export function declareStatus(command, { io }) {
    readCommand(command, {
        load: async () => ({ ...(await import('../commands/status.js')), ...(await import('../format/status.js')) }),
        inputs: (module) => module.statusInputs,
        async run(module, { args, answers, globals }) {
            const result = await module.status({ cwd: io.cwd, repo: globals.repo, asOf: globals.asOf, lab: args.lab });
            io.stdout.write(answers.format === 'json'
                ? module.formatStatusJson(result)
                : module.formatStatus(result, { color: useColor(io, globals.color), detail: args.lab !== undefined }));
        },
    });
}
