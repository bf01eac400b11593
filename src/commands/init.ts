import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetworkConfig } from '../network/load-network.js';
import { DEFAULT_TIMEZONE, isKnownTimezone, resolveSettings } from '../network/settings.js';
import { type Answers, type Flags, gather } from '../prompt/gather.js';
import type { LabRecord, MemberRecord } from '../schema/records.generated.js';
import { networkFiles } from '../scaffold/network-files.js';
import { recordToYaml } from '../write/record-yaml.js';
import type { PlannedFile } from '../write/write-files.js';
import { bySchema, dateField, enumChoices, idField } from './fields.js';
import { saveFiles, type WriteResult, type WritingOptions } from './writing.js';

export const DEFAULT_NETWORK_NAME = 'Code for Pakistan Civic Innovation Labs';

/**
 * `cil init`: registers a lab with its lead. In a folder that is not yet a network repo it
 * first scaffolds one (cil.yaml, README, .gitignore, CI workflow, editor settings, and
 * `git init` when there is no repository). A lab that exists is refused, and nothing changes.
 */
export async function init(
  flags: Flags,
  options: WritingOptions & { cilVersion: string },
): Promise<WriteResult & { scaffolded: boolean }> {
  const existing = existingRoot(options);
  const root = existing ?? resolve(options.cwd, options.repo ?? '.');
  if (!existing && existsSync(root) && !statSync(root).isDirectory()) throw new CliError(`${root} is not a folder`);
  const scaffolding = existing === undefined;
  const timezone = scaffolding ? DEFAULT_TIMEZONE : resolveSettings(loadNetworkConfig(root)).timezone;
  const today = resolveAsOf(options.asOf, timezone);
  const labPath = (id: unknown) => `labs/${String(id)}`;
  const answers = await gather(
    [
      { key: 'network', flag: '--network', question: "The network's name", type: 'text', required: true, default: () => DEFAULT_NETWORK_NAME, check: bySchema('config', ['network']), when: () => scaffolding },
      { key: 'timezone', flag: '--timezone', question: 'Time zone of the network', type: 'text', required: true, default: () => DEFAULT_TIMEZONE, check: checkTimezone, when: () => scaffolding },
      { key: 'coreTeam', flag: '--core-team', question: "GitHub handles of CfP's core team, separated by commas", type: 'list', check: bySchema('config', ['core_team']), when: () => scaffolding },
      { key: 'city', flag: '--city', question: 'City of the lab', type: 'text', required: true, check: bySchema('lab', ['city']) },
      { key: 'province', flag: '--province', question: 'Province or territory', type: 'choice', required: true, choices: enumChoices('province'), check: bySchema('lab', ['province']) },
      idField({
        key: 'lab',
        flag: '--lab',
        from: 'city',
        what: 'lab',
        example: 'peshawar',
        taken: (id) => (existsSync(join(root, labPath(id))) ? `lab \`${id}\` already exists (${labPath(id)}/); nothing was changed` : undefined),
      }),
      { key: 'name', flag: '--name', question: "The lab's name", type: 'text', required: true, default: (a: Answers) => `Civic Innovation Lab ${String(a.city)}`, check: bySchema('lab', ['name']) },
      dateField('founded', '--founded', 'Date the lab started', 'lab', ['founded'], today),
      { key: 'leadName', flag: '--lead-name', question: "The lead's name, as they write it", type: 'text', required: true, check: bySchema('member', ['name']) },
      idField({ key: 'leadId', flag: '--lead-id', from: 'leadName', what: 'lead', example: 'ayesha-khan', taken: () => undefined }),
      { key: 'leadGithub', flag: '--lead-github', question: "The lead's GitHub user name", type: 'text', check: bySchema('member', ['github']) },
    ],
    flags,
    options,
  );
  const labId = answers.lab as string;
  // Checked again now that every answer is in: a flag may have named an existing lab.
  if (existsSync(join(root, labPath(labId)))) throw new CliError(`lab \`${labId}\` already exists (${labPath(labId)}/); nothing was changed`);
  const founded = answers.founded as string;
  const lab: LabRecord = {
    name: answers.name as string,
    city: answers.city as string,
    province: answers.province as LabRecord['province'],
    founded,
    status: 'forming',
    leads: [answers.leadId as string],
  };
  const lead: MemberRecord = {
    name: answers.leadName as string,
    github: answers.leadGithub as string | undefined,
    joined: founded,
    roles: [{ role: 'organizer', since: founded }],
    status: 'active',
  };
  const files: PlannedFile[] = [
    ...(scaffolding ? scaffoldFiles(root, answers, options.cilVersion) : []),
    { path: `${labPath(labId)}/lab.yaml`, text: recordToYaml(lab) },
    { path: `${labPath(labId)}/members/${String(answers.leadId)}.yaml`, text: recordToYaml(lead) },
  ];
  if (scaffolding) mkdirSync(root, { recursive: true });
  const registered = `lab ${labId} (${lab.name}), led by ${lead.name}`;
  const result = await saveFiles(root, files, {
    ...options,
    force: false,
    initGit: scaffolding,
    message: scaffolding ? `Create the network repo and register ${registered}` : `Register ${registered}`,
  });
  return { ...result, scaffolded: scaffolding };
}

function existingRoot(options: WritingOptions): string | undefined {
  try {
    return findNetworkRoot(options.cwd, options.repo);
  } catch {
    return undefined;
  }
}

function checkTimezone(value: unknown): string | undefined {
  return isKnownTimezone(String(value)) ? undefined : `\`${String(value)}\` is not a known time zone; use an IANA name like Asia/Karachi`;
}

/** The network's own files, leaving alone any that exist (a README, say); .gitignore gains what it lacks. */
function scaffoldFiles(root: string, answers: Answers, cilVersion: string): PlannedFile[] {
  const files = networkFiles(
    {
      network: answers.network as string,
      timezone: answers.timezone as string,
      coreTeam: (answers.coreTeam as string[] | undefined) ?? [],
    },
    { cilVersion },
  );
  return files.flatMap((file) => {
    const target = join(root, file.path);
    if (!existsSync(target)) return [file];
    if (file.path !== '.gitignore') return [];
    const current = readFileSync(target, 'utf8');
    const missing = file.text.split('\n').filter((line) => line !== '' && !current.split(/\r?\n/).includes(line));
    if (missing.length === 0) return [];
    return [{ ...file, replaces: true, text: `${current}${current.endsWith('\n') || current === '' ? '' : '\n'}${missing.join('\n')}\n` }];
  });
}
