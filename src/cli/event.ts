import type { Command } from 'commander';
import { type CliContext, writeCommand } from './declare.js';

/** `cil event add|edit`. */
export function declareEvent(program: Command, context: CliContext): void {
  const event = program.command('event').description("a lab's events");
  writeCommand(event, 'add', 'record an event with attendance and head counts', context, async () => (await import('../commands/event-add.js')).eventAdd);
  writeCommand(event, 'edit', 'correct an event: title, kind, date (renaming its file), attendance, head counts, takeaways, links', context, async () => (await import('../commands/event-edit.js')).eventEdit);
}
