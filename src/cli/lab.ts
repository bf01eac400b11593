import type { Command } from 'commander';
import { type CliContext, listCommand, writeCommand } from './declare.js';

/** `cil lab list|edit`. */
export function declareLab(lab: Command, context: CliContext): void {
  listCommand(lab, 'list', "the network's labs, with status, leads and active members", context, async () => (await import('../commands/lab-list.js')).labList);
  writeCommand(
    lab,
    'edit',
    "change a lab's name, place, status, leads, channels or OKRs, by flags or prompts showing the current values",
    context,
    async () => (await import('../commands/lab-edit.js')).labEdit,
  );
}
