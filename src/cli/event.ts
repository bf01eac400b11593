import type { Command } from 'commander';
import { type CliContext, writeCommand } from './declare.js';

/** `cil event add`. */
export function declareEvent(program: Command, context: CliContext): void {
  const event = program.command('event').description("a lab's events");
  writeCommand(event, 'add', 'record an event with attendance and head counts', context, async () => (await import('../commands/event-add.js')).eventAdd);
}
