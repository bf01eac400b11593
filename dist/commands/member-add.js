import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { argument, choice, choices, flag, list, number, text } from '../prompt/fields.js';
import { bySchema, enumChoices, idField, idNote, labDateOrToday } from '../prompt/record-fields.js';
import { openLab } from '../write/open-lab.js';
import { recordToYaml } from '../write/record-yaml.js';
import { writingCommand } from '../write/writing-command.js';
const memberPath = ({ lab }, id) => `${lab.dir}/members/${id}.yaml`;
/** `cil member add <lab>`: a new member of a lab, by flag or by prompt. */
export const memberAdd = writingCommand({
    arguments: { lab: argument("the lab's id") },
    switches: { force: flag({ question: 'Replace a member record that exists' }) },
    fields: {
        name: text({ question: "The member's name, as they write it", required: true, check: bySchema('member', ['name']) }),
        id: idField({
            from: 'name',
            what: 'member',
            example: 'zainab-bibi',
            taken: (id, _given, opened) => {
                const path = memberPath(opened, id);
                return !opened.force && existsSync(join(opened.root, path)) ? `a member \`${id}\` already exists (${path}); choose another id` : undefined;
            },
        }),
        role: choices({
            question: 'Roles in the lab',
            help: 'a role in the lab (repeat, or separate roles with commas)',
            valueName: 'role',
            required: true,
            default: ['member'],
            choices: enumChoices('role'),
            check: (roles) => roles.map((role) => bySchema('member', ['roles', 0, 'role'])(role)).find((problem) => problem !== undefined),
        }),
        joined: labDateOrToday('Date they joined', 'member', ['joined'], 'the day they joined'),
        github: text({ question: 'GitHub user name', help: 'their GitHub user name', valueName: 'handle', check: bySchema('member', ['github']) }),
        weeklyHours: number({ question: 'Hours a week they commit', valueName: 'hours', check: bySchema('member', ['weekly_hours']) }),
        skills: list({ question: 'Skills, separated by commas', valueName: 'skills', check: bySchema('member', ['skills']) }),
        gender: choice({ question: 'Gender, as they describe it', choices: enumChoices('gender'), check: bySchema('member', ['gender']) }),
    },
    open: ({ lab }, { force }, options) => ({ ...openLab(options, lab), force: force === true }),
    plan(opened, answers) {
        // Undefined values are left out of the YAML.
        const member = {
            name: answers.name,
            github: answers.github,
            joined: answers.joined,
            roles: answers.role.map((role) => ({ role, since: answers.joined })),
            weekly_hours: answers.weeklyHours,
            skills: answers.skills,
            gender: answers.gender,
            status: 'active',
        };
        return {
            root: opened.root,
            files: [{ path: memberPath(opened, answers.id), text: recordToYaml(member), replaces: opened.force }],
            refreshLab: opened.lab.id,
            notes: [idNote(answers.name, answers.id, 'member')].filter((note) => note !== undefined),
            message: `Add member ${member.name} to lab ${opened.lab.id}`,
        };
    },
});
