import { writeCommand } from './declare.js';
/** `cil init`. */
export function declareInit(command, context) {
    writeCommand(command, context, async () => (await import('../commands/init.js')).init);
}
