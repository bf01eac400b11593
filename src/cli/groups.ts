import type { Command } from 'commander';
import type { CliContext } from './declare.js';

// The command groups, as `cil --help` lists them, in its order. The module that declares a
// group's commands is loaded only when the group runs or shows its help; a test checks that
// every module of src/cli/ that declares a group is here.

/** A group of commands (`cil member ...`), or a command of its own (`cil audit`). */
export interface Group {
  name: string;
  description: string;
  /** The argument the help shows beside the name (`completion <shell>`), with its values. */
  argument?: { name: string; help: string; choices: readonly string[] };
  /** Left out of the help (the completion scripts' `__complete`). */
  hidden?: boolean;
  /** Declares the group's commands, or the command's own arguments, options and action, on the command made here. */
  declare(): Promise<(command: Command, context: CliContext) => void>;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

export const GROUPS: readonly Group[] = [
  {
    name: 'audit',
    description: 'check every record of the network repo and report what needs fixing',
    declare: async () => (await import('./audit.js')).declareAudit,
  },
  {
    name: 'status',
    description: 'where each lab stands against the handbook: recognition checklist, role metrics, who needs attention',
    declare: async () => (await import('./status.js')).declareStatus,
  },
  {
    name: 'show',
    description: 'print a lab or one of its records in words, with what the audit says about it',
    declare: async () => (await import('./show.js')).declareShow,
  },
  {
    name: 'init',
    description: 'register a lab with its lead; in a folder that is not a network repo, create one first',
    declare: async () => (await import('./init.js')).declareInit,
  },
  { name: 'lab', description: 'the labs of the network', declare: async () => (await import('./lab.js')).declareLab },
  { name: 'member', description: "a lab member's records", declare: async () => (await import('./member.js')).declareMember },
  { name: 'event', description: "a lab's events", declare: async () => (await import('./event.js')).declareEvent },
  { name: 'project', description: "a lab's projects", declare: async () => (await import('./project.js')).declareProject },
  {
    name: 'partner',
    description: "a lab's partners: government, nonprofits, media, academia",
    declare: async () => (await import('./partner.js')).declarePartner,
  },
  {
    name: 'citizen',
    description: 'the active citizens a lab meets, listed with their consent (no contact details)',
    declare: async () => (await import('./citizen.js')).declareCitizen,
  },
  {
    name: 'report',
    description: "draft and render a lab's reports and the network's impact report",
    declare: async () => (await import('./report.js')).declareReport,
  },
  {
    name: 'export',
    description: 'records beyond git: events as a calendar, records as sheets, the network as one document',
    declare: async () => (await import('./export.js')).declareExport,
  },
  {
    name: 'site',
    description: "the network's static website and the core team's dashboard, built from the records (for GitHub Pages)",
    declare: async () => (await import('./site.js')).declareSite,
  },
  {
    name: 'review',
    description: "a pull request's story for CfP's reviewers: what changed, who may change it, what the audit finds",
    declare: async () => (await import('./review.js')).declareReview,
  },
  {
    name: 'codeowners',
    description: 'write .github/CODEOWNERS: each lab owned by its active leads, everything else by the core team',
    declare: async () => (await import('./codeowners.js')).declareCodeowners,
  },
  {
    name: 'schemas',
    description: 'write .cil/schemas/, the copy of the schemas that editors and validators use offline, and the editor settings that point at it',
    declare: async () => (await import('./schemas.js')).declareSchemas,
  },
  {
    name: 'completion',
    description: 'print a shell completion script for bash, zsh or fish (the README says how to install it)',
    argument: { name: '<shell>', help: 'the shell', choices: SHELLS },
    declare: async () => (await import('./completion.js')).declareCompletion,
  },
  { name: '__complete', description: '', hidden: true, declare: async () => (await import('./completion.js')).declareComplete },
];
