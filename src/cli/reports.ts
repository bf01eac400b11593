import type { Command } from 'commander';
import { narrativeFlagsOf } from '../reports/narrative-flags.js';
import { type CliContext, collect, type GlobalOptions, lowerFirst, runWriting, writingCommand, writingOptions } from './context.js';

const REPORT_KINDS = [
  ['monthly', 'the monthly progress update (successes, blockers, next steps)'],
  ['quarterly', 'the quarterly events-and-meetups report (story, takeaways)'],
  ['midyear', 'the mid-year report'],
  ['annual', 'the annual report'],
  ['discovery', "a project's discovery research report"],
  ['closure', "a project's closure report"],
] as const;

const PERIOD_DEFAULTS: Record<string, string> = {
  monthly: 'the month whose update is due next, like 2026-11',
  quarterly: 'the quarter whose report is due next, like 2026-Q4',
  midyear: 'the last first half of a year that ended, like 2026-H1',
  annual: 'last year, like 2025',
};

/** The narrative flags of a report kind, and the options every report draft takes. */
function narrative(command: Command, kind: string): Command {
  for (const flag of narrativeFlagsOf(kind)) {
    if (flag.list) command.option(`${flag.flag} <text>`, `${lowerFirst(flag.question)} (repeat for more)`, collect);
    else command.option(`${flag.flag} <text>`, lowerFirst(flag.question));
  }
  return command
    .option('--submitted <YYYY-MM-DD>', 'the date the report is submitted (default: today)')
    .option('--authors <ids>', 'member ids of the authors, separated by commas')
    .option('--from <file>', 'a YAML file holding the narrative (KPIs, artifacts and weekly summaries too)');
}

/** `cil report <kind> <lab>`, `cil report render` and `cil project close`. */
export function declareReports(program: Command, project: Command, context: CliContext): void {
  const close = project
    .command('close')
    .description('close a project (or hand it over, or abandon it) and draft its closure report')
    .argument('<lab>', "the lab's id")
    .argument('<project>', "the project's id")
    .option('--status <status>', 'closed, handed-over or abandoned (default: closed)')
    .option('--ended <YYYY-MM-DD>', 'the date the project ended (default: today)');
  writingCommand(narrative(close, 'closure')).action(async (lab: string, id: string, _options, command: Command) => {
    const { projectClose } = await import('../commands/project-close.js');
    await runWriting(context, command, (options) =>
      projectClose(lab, id, options as never, { ...writingOptions(context, options), from: options.from as string | undefined }),
    );
  });

  const report = program.command('report').description("draft and render a lab's reports");
  for (const [kind, description] of REPORT_KINDS) {
    const command = report.command(kind).description(`draft ${description} and render its document`).argument('<lab>', "the lab's id");
    if (kind === 'discovery' || kind === 'closure') command.option('--project <id>', 'the project reported on');
    else command.option('--period <period>', `the period (default: ${PERIOD_DEFAULTS[kind]})`);
    writingCommand(narrative(command, kind)).action(async (lab: string, _options, subcommand: Command) => {
      const { reportDraft } = await import('../commands/report-draft.js');
      await runWriting(context, subcommand, (options) =>
        reportDraft(kind, lab, options as never, { ...writingOptions(context, options), from: options.from as string | undefined }),
      );
    });
  }

  report
    .command('render')
    .description("render every report's document from its record, the records and the templates")
    .option('--check', 'write nothing; exit 1 when a committed document is stale or missing')
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { check?: boolean }>();
      const { reportRender } = await import('../commands/report-render.js');
      const result = await reportRender({ cwd: context.io.cwd, repo: options.repo, check: options.check });
      const verb = options.check ? 'Stale or missing' : 'Rendered';
      const lines = result.changed.map((path) => `${verb}: ${path}`);
      lines.push(`${result.changed.length} ${options.check ? 'to render' : 'rendered'}, ${result.unchanged} up to date.`);
      if (options.check && result.changed.length > 0) lines.push('Run `cil report render` and commit the result.');
      context.io.stdout.write(`${lines.join('\n')}\n`);
      context.state.exitCode = result.exitCode;
    });
}
