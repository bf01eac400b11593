import type { Command } from 'commander';
import { type CliContext, listCommand, writeCommand } from './declare.js';

/** `cil event add|list|edit`. */
export function declareEvent(event: Command, context: CliContext): void {
  writeCommand(event, 'add', 'record an event with attendance and head counts', context, async () => (await import('../commands/event-add.js')).eventAdd);
  listCommand(event, 'list', "a lab's events (or every lab's) by date, between --from and --to, of a --kind", context, async () => (await import('../commands/event-list.js')).eventList);
  writeCommand(event, 'edit', 'correct an event: title, kind, date (renaming its file), attendance, head counts, takeaways, links', context, async () => (await import('../commands/event-edit.js')).eventEdit);
}
