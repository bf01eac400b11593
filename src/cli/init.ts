import type { Command } from 'commander';
import { type CliContext, writeCommand } from './declare.js';

/** `cil init`. */
export function declareInit(command: Command, context: CliContext): void {
  writeCommand(command, context, async () => (await import('../commands/init.js')).init);
}
