import type { Command } from 'commander';
import { type CliContext, collect, runWriting, writingCommand, writingOptions } from './context.js';

/** `cil init`, `member ...`, `event add`, `project add`: the commands that keep records. */
export function declareRecords(program: Command, context: CliContext): void {
  writingCommand(
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
    const { init } = await import('../commands/init.js');
    await runWriting(
      context,
      command,
      (options) => init(options as never, { ...writingOptions(context, options), cilVersion: context.version() }),
      (result) => `Next: add members with \`cil member add ${labOf(result.written)}\`, then open a pull request.`,
    );
  });

  const member = program.command('member').description("a lab member's records");
  writingCommand(
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
    const { memberAdd } = await import('../commands/member-add.js');
    await runWriting(context, command, (options) => memberAdd(lab, options as never, writingOptions(context, options)));
  });

  const lifecycle = [
    ['warn', 'record a formal warning (the handbook: after missed meetings without notice)', [['--reason <text>', 'why the warning is given']]],
    [
      'offboard',
      "offboard a member after the handbook's warnings, with a handover (--force before them)",
      [
        ['--reason <text>', 'why the member is offboarded'],
        ['--handover <text>', 'who takes over their work, and how'],
      ],
    ],
    ['reinstate', 'reinstate an offboarded member after an appeal, on agreed terms', [['--terms <text>', 'the terms agreed']]],
  ] as const;
  for (const [step, description, flags] of lifecycle) {
    const command = member.command(step).description(description).argument('<lab>', "the lab's id").argument('<member>', "the member's id");
    for (const [flag, help] of flags) command.option(flag, help);
    command.option('--date <YYYY-MM-DD>', 'the date (default: today)');
    writingCommand(command).action(async (lab: string, id: string, _options, subcommand: Command) => {
      const commands = await import('../commands/member-lifecycle.js');
      const run = { warn: commands.memberWarn, offboard: commands.memberOffboard, reinstate: commands.memberReinstate }[step];
      await runWriting(context, subcommand, (options) => run(lab, id, options as never, writingOptions(context, options)));
    });
  }

  writingCommand(
    program
      .command('event')
      .description("a lab's events")
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
    const { eventAdd } = await import('../commands/event-add.js');
    await runWriting(context, command, (options) => eventAdd(lab, options as never, writingOptions(context, options)));
  });
}

/** The project commands: `project add` here, `project close` with the reports. */
export function declareProjectAdd(project: Command, context: CliContext): void {
  writingCommand(
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
    const { projectAdd } = await import('../commands/project-add.js');
    await runWriting(context, command, (options) => projectAdd(lab, options as never, writingOptions(context, options)));
  });
}

function labOf(paths: readonly string[]): string {
  const lab = paths.find((path) => path.startsWith('labs/'));
  return lab?.split('/')[1] ?? '<lab>';
}
