import type { Command } from 'commander';
import { type CliContext, writeCommand } from './declare.js';

/** `cil partner add|edit`: the organisations a lab works with, listed in its lab.yaml. */
export function declarePartner(program: Command, context: CliContext): void {
  const partner = program.command('partner').description("a lab's partners: government, nonprofits, media, academia");
  const module = () => import('../commands/partner.js');
  writeCommand(partner, 'add', 'add a partner to a lab (after an MoU, say)', context, async () => (await module()).partnerAdd);
  writeCommand(partner, 'edit', "change a partner's name, id, kind, MoU date or website, by flags or prompts showing the current values", context, async () => (await module()).partnerEdit);
}
