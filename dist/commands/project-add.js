import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { argument, choice, flag, text, textAmong } from '../prompt/fields.js';
import { bySchema, dateField, enumChoices, idField, idNote, knownPartners, labDateOrToday, partnerChoices } from '../prompt/record-fields.js';
import { openLab } from '../write/open-lab.js';
import { recordToYaml } from '../write/record-yaml.js';
import { writingCommand } from '../write/writing-command.js';
const projectPath = ({ lab }, id) => `${lab.dir}/projects/${id}.yaml`;
/** `cil project add <lab>`: a new project of a lab, by flag or by prompt. */
export const projectAdd = writingCommand({
    arguments: { lab: argument("the lab's id") },
    switches: { force: flag({ question: 'Replace a project record that exists' }) },
    fields: {
        name: text({ question: "The project's name", required: true, check: bySchema('project', ['name']) }),
        id: idField({
            from: 'name',
            what: 'project',
            example: 'toilet-finder',
            taken: (id, _given, opened) => {
                const path = projectPath(opened, id);
                return !opened.force && existsSync(join(opened.root, path)) ? `a project \`${id}\` already exists (${path}); choose another id` : undefined;
            },
        }),
        status: choice({ question: 'Where the project stands', required: true, default: 'discovery', choices: enumChoices('projectStatus'), check: bySchema('project', ['status']) }),
        problem: text({ question: 'The civic problem it addresses, in a sentence', valueName: 'text', check: bySchema('project', ['problem']) }),
        started: labDateOrToday('Date work started', 'project', ['started']),
        partner: choice({
            question: 'Partner it is built with',
            valueName: 'id',
            choices: (_given, { lab }) => partnerChoices(lab),
            check: (value, _given, { lab }) => knownPartners(lab, value),
        }),
        mouSigned: dateField('Date the MoU with the partner was signed', 'project', ['mou_signed'], { when: (given) => given.partner !== undefined }),
        repository: text({ question: 'Public source code repository (https://...)', help: 'its public source code repository', valueName: 'url', check: bySchema('project', ['repository']) }),
        license: textAmong({
            question: 'Licence, as an SPDX id such as MIT or Apache-2.0',
            valueName: 'spdx',
            check: bySchema('project', ['license']),
        }),
    },
    open: ({ lab }, { force }, options) => ({ ...openLab(options, lab), force: force === true }),
    plan(opened, answers) {
        const project = {
            name: answers.name,
            problem: answers.problem,
            status: answers.status,
            started: answers.started,
            partner: answers.partner,
            mou_signed: answers.mouSigned,
            repository: answers.repository,
            license: answers.license,
        };
        return {
            root: opened.root,
            files: [{ path: projectPath(opened, answers.id), text: recordToYaml(project), replaces: opened.force }],
            refreshLab: opened.lab.id,
            notes: [idNote(answers.name, answers.id, 'project')].filter((note) => note !== undefined),
            message: `Add project ${project.name} to lab ${opened.lab.id}`,
        };
    },
});
