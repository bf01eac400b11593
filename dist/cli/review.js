import { readCommand } from './declare.js';
/** `cil review --base <ref>`. */
export function declareReview(command, { io, state }) {
    readCommand(command, {
        load: async () => ({ ...(await import('../commands/review.js')), ...(await import('../format/review.js')) }),
        inputs: (module) => module.reviewInputs,
        async run(module, { answers, globals }) {
            const { base, head, author, format } = answers;
            const result = await module.review({ cwd: io.cwd, repo: globals.repo, base, head, author, asOf: globals.asOf, env: io.env });
            io.stdout.write(format === 'json' ? module.formatReviewJson(result) : module.formatReviewMarkdown(result));
            state.exitCode = result.exitCode;
        },
    });
}
