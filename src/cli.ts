import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import { useColor } from './io.js';
import { narrativeFlagsOf } from './reports/narrative-flags.js';
import { isIsoDate } from './schema/formats.js';

/** Options every command takes, before or after the command's name. */
export interface GlobalOptions {
  repo?: string;
  color?: boolean;
  asOf?: string;
  debug?: boolean;
}

const cilVersion = (): string =>
  (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

function parseDate(value: string): string {
  if (!isIsoDate(value))
    throw new InvalidArgumentError('Write a real date as YYYY-MM-DD, like 2026-11-05');
  return value;
}

/**
 * Declares the commands and their options. Each action imports its command module only
 * when it runs, so `cil --help` loads none of them. Actions store the exit code in
 * `state.exitCode`.
 */
export function buildProgram(io: Io, state: { exitCode: number }): Command {
  const program = new Command('cil')
    .description("Civic Innovation Labs' records in git: audited, reported and reviewed.")
    .version(cilVersion(), '-V, --version', 'print the version of cil')
    .option(
      '-C, --repo <dir>',
      'the network repo (default: the nearest folder upwards holding cil.yaml)',
    )
    .option('--no-color', 'plain text output, without colour')
    .option('--as-of <YYYY-MM-DD>', 'judge dates as if today were this day', parseDate)
    .option('--debug', 'print stack traces of unexpected errors')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Usage errors read like the tool's other errors: one line, with where to look.
      outputError: (text, write) =>
        write(
          `cil: ${text
            .replace(/^error: /, '')
            .replace(/\s*\n\s*/g, ' ')
            .trim()} (see \`cil --help\`)\n`,
        ),
    })
    .exitOverride();

  program
    .command('audit')
    .description('check every record of the network repo and report what needs fixing')
    .argument('[paths...]', 'only report on these files or folders')
    .addOption(
      new Option('--format <format>', 'output format').choices(['human', 'json']).default('human'),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .action(async (paths: string[], _options, command: Command) => {
      const options = command.optsWithGlobals<
        GlobalOptions & { format: string; failOn: 'error' | 'warning' }
      >();
      const [{ audit }, { FORMATTERS }] = await Promise.all([
        import('./commands/audit.js'),
        import('./format/index.js'),
      ]);
      const result = await audit({
        cwd: io.cwd,
        repo: options.repo,
        paths,
        asOf: options.asOf,
        failOn: options.failOn,
      });
      const format = FORMATTERS[options.format] ?? FORMATTERS.human;
      io.stdout.write(format?.(result, { color: useColor(io, options.color) }) ?? '');
      state.exitCode = result.exitCode;
    });

  const writing = (command: Command) =>
    command
      .option('-y, --yes', 'never ask: take defaults, and fail on anything missing')
      .option('--force', 'replace a record that exists')
      .option('--commit', 'commit exactly the files written, with a message saying what happened');

  const run = async (
    command: Command,
    action: (options: GlobalOptions & Record<string, unknown>) => Promise<import('./commands/writing.js').WriteResult>,
    next?: (result: import('./commands/writing.js').WriteResult) => string | undefined,
  ) => {
    const options = command.optsWithGlobals<GlobalOptions & Record<string, unknown>>();
    const result = await action(options);
    const { formatWriteResult } = await import('./format/write-result.js');
    io.stdout.write(formatWriteResult(result, next?.(result)));
  };
  const writingOptions = (options: GlobalOptions & Record<string, unknown>) => ({
    cwd: io.cwd,
    repo: options.repo,
    io,
    yes: options.yes === true,
    force: options.force === true,
    commit: options.commit === true,
    asOf: options.asOf,
  });

  writing(
    program
      .command('init')
      .description('register a lab with its lead; in a folder that is not a network repo, create one first')
      .option('--lab <id>', "the lab's id (default: from the city)")
      .option('--name <name>', "the lab's name (default: Civic Innovation Lab <city>)")
      .option('--city <city>', 'the city the lab serves')
      .option('--province <province>', 'its province or territory')
      .option('--founded <YYYY-MM-DD>', 'the date the lab started (default: today)')
      .option('--lead-name <name>', "the lead's name, as they write it")
      .option('--lead-id <id>', "the lead's id (default: from the name)")
      .option('--lead-github <handle>', "the lead's GitHub user name")
      .option('--network <name>', "a new network's name")
      .option('--timezone <zone>', "a new network's time zone (default: Asia/Karachi)")
      .option('--core-team <handles>', "a new network's core team: GitHub handles, separated by commas"),
  ).action(async (_options, command: Command) => {
    const { init } = await import('./commands/init.js');
    await run(
      command,
      (options) => init(options as never, { ...writingOptions(options), cilVersion: cilVersion() }),
      (result) => `Next: add members with \`cil member add ${labOf(result.written)}\`, then open a pull request.`,
    );
  });

  const member = program.command('member').description("a lab member's records");
  writing(
    member
      .command('add')
      .description('add a member to a lab')
      .argument('<lab>', "the lab's id")
      .option('--name <name>', "the member's name, as they write it")
      .option('--id <id>', 'their id (default: from the name)')
      .option('--role <role>', 'their role (default: member)')
      .option('--joined <YYYY-MM-DD>', 'the date they joined (default: today)')
      .option('--github <handle>', 'their GitHub user name')
      .option('--weekly-hours <hours>', 'hours a week they commit')
      .option('--skills <skills>', 'their skills, separated by commas')
      .option('--gender <gender>', 'woman, man, non-binary or undisclosed'),
  ).action(async (lab: string, _options, command: Command) => {
    const { memberAdd } = await import('./commands/member-add.js');
    await run(command, (options) => memberAdd(lab, options as never, writingOptions(options)));
  });

  const event = program.command('event').description("a lab's events");
  writing(
    event
      .command('add')
      .description('record an event with attendance and head counts')
      .argument('<lab>', "the lab's id")
      .option('--title <title>', "the event's title")
      .option('--id <id>', 'a short id for the file name (default: from the title)')
      .option('--kind <kind>', 'meetup, hack-night, community-event, workshop... (default: meetup)')
      .option('--date <YYYY-MM-DD>', 'the date of the event (default: today)')
      .option('--venue <venue>', 'where it was held')
      .option('--online', 'it was held online')
      .option('--organizers <ids>', 'member ids of the organizers, separated by commas')
      .option('--present <ids>', 'member ids of those present')
      .option('--excused <ids>', 'member ids of those absent with notice')
      .option('--citizens <n>', 'citizens who came')
      .option('--technologists <n>', 'technologists who came')
      .option('--government <n>', 'government officials who came')
      .option('--women <n>', 'women among everyone who came')
      .option('--partners <ids>', 'partner ids who took part')
      .option('--takeaway <text>', 'a takeaway (repeat for more)', collect),
  ).action(async (lab: string, _options, command: Command) => {
    const { eventAdd } = await import('./commands/event-add.js');
    await run(command, (options) => eventAdd(lab, options as never, writingOptions(options)));
  });

  const project = program.command('project').description("a lab's projects");
  writing(
    project
      .command('add')
      .description('add a project to a lab')
      .argument('<lab>', "the lab's id")
      .option('--name <name>', "the project's name")
      .option('--id <id>', 'its id (default: from the name)')
      .option('--status <status>', 'discovery, building, launched... (default: discovery)')
      .option('--problem <text>', 'the civic problem it addresses')
      .option('--started <YYYY-MM-DD>', 'the date work started (default: today)')
      .option('--partner <id>', 'the partner it is built with')
      .option('--mou-signed <YYYY-MM-DD>', 'the date the MoU with the partner was signed')
      .option('--repository <url>', 'its public source code repository')
      .option('--license <spdx>', 'its licence, as an SPDX id (MIT, Apache-2.0...)'),
  ).action(async (lab: string, _options, command: Command) => {
    const { projectAdd } = await import('./commands/project-add.js');
    await run(command, (options) => projectAdd(lab, options as never, writingOptions(options)));
  });

  const narrative = (command: Command, kind: string) => {
    for (const flag of narrativeFlagsOf(kind)) {
      if (flag.list) command.option(`${flag.flag} <text>`, `${lowerFirst(flag.question)} (repeat for more)`, collect);
      else command.option(`${flag.flag} <text>`, lowerFirst(flag.question));
    }
    return command
      .option('--submitted <YYYY-MM-DD>', 'the date the report is submitted (default: today)')
      .option('--authors <ids>', 'member ids of the authors, separated by commas')
      .option('--from <file>', 'a YAML file holding the narrative (KPIs, artifacts and weekly summaries too)');
  };

  const projectCloseCommand = project
    .command('close')
    .description('close a project (or hand it over, or abandon it) and draft its closure report')
    .argument('<lab>', "the lab's id")
    .argument('<project>', "the project's id")
    .option('--status <status>', 'closed, handed-over or abandoned (default: closed)')
    .option('--ended <YYYY-MM-DD>', 'the date the project ended (default: today)');
  writing(narrative(projectCloseCommand, 'closure')).action(async (lab: string, id: string, _options, command: Command) => {
    const { projectClose } = await import('./commands/project-close.js');
    await run(command, (options) =>
      projectClose(lab, id, options as never, { ...writingOptions(options), from: options.from as string | undefined }),
    );
  });

  const report = program.command('report').description("draft and render a lab's reports");
  for (const [kind, description] of REPORT_KINDS) {
    const periodic = kind !== 'discovery' && kind !== 'closure';
    const command = report.command(kind).description(`draft ${description} and render its document`).argument('<lab>', "the lab's id");
    if (periodic) command.option('--period <period>', `the period (default: ${PERIOD_DEFAULTS[kind]})`);
    else command.option('--project <id>', 'the project reported on');
    writing(narrative(command, kind)).action(async (lab: string, _options, subcommand: Command) => {
      const { reportDraft } = await import('./commands/report-draft.js');
      await run(subcommand, (options) =>
        reportDraft(kind as never, lab, options as never, { ...writingOptions(options), from: options.from as string | undefined }),
      );
    });
  }
  report
    .command('render')
    .description("render every report's document from its record, the records and the templates")
    .option('--check', 'write nothing; exit 1 when a committed document is stale or missing')
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { check?: boolean }>();
      const { reportRender } = await import('./commands/report-render.js');
      const result = await reportRender({ cwd: io.cwd, repo: options.repo, check: options.check });
      const verb = options.check ? 'Stale or missing' : 'Rendered';
      const lines = result.changed.map((path) => `${verb}: ${path}`);
      lines.push(`${result.changed.length} ${options.check ? 'to render' : 'rendered'}, ${result.unchanged} up to date.`);
      if (options.check && result.changed.length > 0) lines.push('Run `cil report render` and commit the result.');
      io.stdout.write(`${lines.join('\n')}\n`);
      state.exitCode = result.exitCode;
    });

  return program;
}

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

const collect = (value: string, previous: string[] = []) => [...previous, value];
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function labOf(paths: readonly string[]): string {
  const lab = paths.find((path) => path.startsWith('labs/'));
  return lab?.split('/')[1] ?? '<lab>';
}
