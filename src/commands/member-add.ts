import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MemberRecord } from '../schema/records.generated.js';
import { type Flags, gather } from '../prompt/gather.js';
import { recordToYaml } from '../write/record-yaml.js';
import { bySchema, dateField, enumChoices, idField } from './fields.js';
import { openLab, saveFiles, type WriteResult, type WritingOptions } from './writing.js';

/** `cil member add <lab>`: a new member of a lab, by flag or by prompt. */
export async function memberAdd(labId: string, flags: Flags, options: WritingOptions): Promise<WriteResult> {
  const { root, lab, today } = openLab(options, labId);
  const path = (id: string) => `${lab.dir}/members/${id}.yaml`;
  const answers = await gather(
    [
      { key: 'name', flag: '--name', question: "The member's name, as they write it", type: 'text', required: true, check: bySchema('member', ['name']) },
      idField({
        key: 'id',
        flag: '--id',
        from: 'name',
        what: 'member',
        example: 'zainab-bibi',
        taken: (id) => (!options.force && existsSync(join(root, path(id))) ? `a member \`${id}\` already exists (${path(id)}); choose another id` : undefined),
      }),
      { key: 'role', flag: '--role', question: 'Role in the lab', type: 'choice', required: true, default: () => 'member', choices: enumChoices('role'), check: bySchema('member', ['roles', 0, 'role']) },
      dateField('joined', '--joined', 'Date they joined', 'member', ['joined'], today),
      { key: 'github', flag: '--github', question: 'GitHub user name', type: 'text', check: bySchema('member', ['github']) },
      { key: 'weeklyHours', flag: '--weekly-hours', question: 'Hours a week they commit', type: 'number', check: bySchema('member', ['weekly_hours']) },
      { key: 'skills', flag: '--skills', question: 'Skills, separated by commas', type: 'list', check: bySchema('member', ['skills']) },
      { key: 'gender', flag: '--gender', question: 'Gender, as they describe it', type: 'choice', choices: enumChoices('gender'), check: bySchema('member', ['gender']) },
    ],
    flags,
    options,
  );
  const joined = answers.joined as string;
  // Undefined values are left out of the YAML.
  const member: MemberRecord = {
    name: answers.name as string,
    github: answers.github as string | undefined,
    joined,
    roles: [{ role: answers.role as MemberRecord['roles'][number]['role'], since: joined }],
    weekly_hours: answers.weeklyHours as number | undefined,
    skills: answers.skills as string[] | undefined,
    gender: answers.gender as MemberRecord['gender'],
    status: 'active',
  };
  return saveFiles(root, [{ path: path(String(answers.id)), text: recordToYaml(member) }], {
    ...options,
    refreshLab: lab.id,
    message: `Add member ${member.name} to lab ${lab.id}`,
  });
}
