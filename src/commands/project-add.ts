import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectRecord } from '../schema/records.generated.js';
import { type Flags, gather } from '../prompt/gather.js';
import { recordToYaml } from '../write/record-yaml.js';
import { bySchema, dateField, enumChoices, idField, knownPartners, partnerChoices } from './fields.js';
import { openLab, saveFiles, type WriteResult, type WritingOptions } from './writing.js';

/** `cil project add <lab>`: a new project of a lab, by flag or by prompt. */
export async function projectAdd(labId: string, flags: Flags, options: WritingOptions): Promise<WriteResult> {
  const { root, lab, today } = openLab(options, labId);
  const path = (id: string) => `${lab.dir}/projects/${id}.yaml`;
  const answers = await gather(
    [
      { key: 'name', flag: '--name', question: "The project's name", type: 'text', required: true, check: bySchema('project', ['name']) },
      idField({
        key: 'id',
        flag: '--id',
        from: 'name',
        what: 'project',
        example: 'toilet-finder',
        taken: (id) => (!options.force && existsSync(join(root, path(id))) ? `a project \`${id}\` already exists (${path(id)}); choose another id` : undefined),
      }),
      { key: 'status', flag: '--status', question: 'Where the project stands', type: 'choice', required: true, default: () => 'discovery', choices: enumChoices('projectStatus'), check: bySchema('project', ['status']) },
      { key: 'problem', flag: '--problem', question: 'The civic problem it addresses, in a sentence', type: 'text', check: bySchema('project', ['problem']) },
      dateField('started', '--started', 'Date work started', 'project', ['started'], today),
      { key: 'partner', flag: '--partner', question: 'Partner it is built with', type: 'choice', choices: () => partnerChoices(lab), check: knownPartners(lab) },
      { ...dateField('mouSigned', '--mou-signed', 'Date the MoU with the partner was signed', 'project', ['mou_signed']), when: (answers) => answers.partner !== undefined },
      { key: 'repository', flag: '--repository', question: 'Public source code repository (https://...)', type: 'text', check: bySchema('project', ['repository']) },
      { key: 'license', flag: '--license', question: 'Licence, as an SPDX id such as MIT or Apache-2.0', type: 'text', check: bySchema('project', ['license']) },
    ],
    flags,
    options,
  );
  const project: ProjectRecord = {
    name: answers.name as string,
    problem: answers.problem as string | undefined,
    status: answers.status as ProjectRecord['status'],
    started: answers.started as string,
    partner: answers.partner as string | undefined,
    mou_signed: answers.mouSigned as string | undefined,
    repository: answers.repository as string | undefined,
    license: answers.license as ProjectRecord['license'],
  };
  return saveFiles(root, [{ path: path(answers.id as string), text: recordToYaml(project) }], {
    ...options,
    refreshLab: lab.id,
    message: `Add project ${project.name} to lab ${lab.id}`,
  });
}
