import type { Command } from 'commander';
import { type CliContext, listCommand, writeCommand } from './declare.js';

/** `cil partner list|add|edit`: the organisations a lab works with, listed in its lab.yaml. */
export function declarePartner(partner: Command, context: CliContext): void {
  const module = () => import('../commands/partner.js');
  listCommand(partner, 'list', "the labs' partners, with kind, MoU date and projects", context, async () => (await import('../commands/partner-list.js')).partnerList);
  writeCommand(partner, 'add', 'add a partner to a lab (after an MoU, say)', context, async () => (await module()).partnerAdd);
  writeCommand(partner, 'edit', "change a partner's name, id, kind, MoU date or website, by flags or prompts showing the current values", context, async () => (await module()).partnerEdit);
}
