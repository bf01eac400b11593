import type { Command } from 'commander';
import { type CliContext, listCommand } from './declare.js';

/** `cil lab list`. */
export function declareLab(program: Command, context: CliContext): void {
  const lab = program.command('lab').description('the labs of the network');
  listCommand(lab, 'list', "the network's labs, with status, leads and active members", context, async () => (await import('../commands/lab-list.js')).labList);
}
