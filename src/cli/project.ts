import type { Command } from 'commander';
import { type CliContext, listCommand, writeCommand } from './declare.js';

/** `cil project add|list|edit|close`. */
export function declareProject(project: Command, context: CliContext): void {
  writeCommand(project, 'add', 'add a project to a lab', context, async () => (await import('../commands/project-add.js')).projectAdd);
  listCommand(project, 'list', 'the projects under way (every one with --all), with status, partner, team and KPIs', context, async () =>
    (await import('../commands/project-list.js')).projectList);
  writeCommand(
    project,
    'edit',
    'change a project: status, partner, code and licence, team, KPIs, redeployments',
    context,
    async () => (await import('../commands/project-edit.js')).projectEdit,
  );
  writeCommand(
    project,
    'close',
    'close a project (or hand it over, or abandon it) and draft its closure report',
    context,
    async () => (await import('../commands/project-close.js')).projectClose,
  );
}
