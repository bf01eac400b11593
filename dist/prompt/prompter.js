/** A prompter on the terminal, with inquirer (loaded only when a question is asked). */
export async function terminalPrompter(io) {
    const prompts = await import('@inquirer/prompts');
    return inquirerPrompter(prompts, {
        input: io.stdin,
        output: io.stdout,
    });
}
/** Adapts inquirer's prompts to the Prompter interface; tests drive it with @inquirer/testing. */
export function inquirerPrompter(prompts, context) {
    return {
        text: ({ message, default: initial, validate }) => prompts.input({ message, default: initial, validate }, context),
        select: ({ message, choices, default: initial }) => prompts.select({ message, choices, default: initial, pageSize: 12 }, context),
        checkbox: ({ message, choices, required }) => prompts.checkbox({ message, choices, required, pageSize: 15 }, context),
        confirm: ({ message, default: initial }) => prompts.confirm({ message, default: initial }, context),
    };
}
