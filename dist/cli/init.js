import { writeCommand } from './declare.js';
/** `cil init`. */
export function declareInit(program, context) {
    writeCommand(program, 'init', 'register a lab with its lead; in a folder that is not a network repo, create one first', context, async () => (await import('../commands/init.js')).init);
}
