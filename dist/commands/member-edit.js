import { argument, choice, list } from '../prompt/fields.js';
import { editing } from '../prompt/edit-fields.js';
import { bySchema, dateField, enumChoices, givenText } from '../prompt/record-fields.js';
import { propertyOrder } from '../schema/property-order.js';
import { editYaml } from '../write/edit-record.js';
import { appendInOrder, mapAt, setEdited, setInOrder } from '../write/record-keys.js';
import { writingCommand } from '../write/writing-command.js';
import { memberAdd } from './member-add.js';
import { openMember } from './member-lifecycle.js';
// Status changes (a warning, offboarding, leaving, reinstatement) are steps of the handbook's
// life cycle with their own commands; this edits what a member record says about the person.
const { name, github, joined, gender, weeklyHours } = memberAdd.fields;
/** The roles a member holds now: those not ended. */
const openRoles = (member) => member.roles.filter((held) => held.until === undefined);
/** `cil member edit <lab> <member>`: a member's name, GitHub user, the day they joined, gender, hours, skills and roles. */
export const memberEdit = writingCommand({
    arguments: { lab: argument("the lab's id"), member: argument("the member's id") },
    switches: {},
    edits: true,
    fields: {
        name: editing(name, ({ member }) => member.name),
        github: editing(github, ({ member }) => member.github),
        joined: editing({
            ...joined,
            check: (day, given, opened) => joined.check?.(day, given, opened) ?? joinedProblem(day, opened.member),
        }, ({ member }) => member.joined),
        gender: editing(gender, ({ member }) => member.gender),
        weeklyHours: editing(weeklyHours, ({ member }) => member.weekly_hours),
        skill: editing(list({
            question: 'Skills, separated by commas',
            help: 'a skill (repeat, or separate skills with commas); the skills given replace those recorded',
            valueName: 'skill',
            check: bySchema('member', ['skills']),
        }), ({ member }) => member.skills),
        addRole: choice({
            question: 'A role they take on',
            help: 'a role they take on (from --since)',
            valueName: 'role',
            choices: enumChoices('role'),
            check: (role, _given, opened) => addRoleProblem(role, opened),
            when: (_given, { member }) => member.status === 'active',
        }),
        since: dateField('Date they took the role', 'member', ['roles', 0, 'since'], {
            default: (_given, { today }) => today,
            defaultHelp: 'today',
            check: (date, given, { member }) => sinceProblem(date, given, member),
            when: (given) => given.addRole !== undefined,
        }),
        endRole: choice({
            question: 'A role they give up',
            help: 'a role they hold and give up (on --until)',
            valueName: 'role',
            choices: (_given, { member }) => openRoles(member).map((held) => ({ name: held.role, value: held.role })),
            check: (role, _given, { member }) => endRoleProblem(role, member),
            when: (_given, { member }) => openRoles(member).length > 0,
        }),
        until: dateField('Date they gave it up', 'member', ['roles', 0, 'until'], {
            default: (_given, { today }) => today,
            defaultHelp: 'today',
            check: (date, given, { member }) => untilProblem(date, given, member),
            when: (given) => given.endRole !== undefined,
        }),
    },
    open: ({ lab, member }, _switches, options) => openMember(lab, member, options),
    plan(opened, answers) {
        const { member } = opened;
        const changes = [];
        const text = editYaml(opened.path, opened.text, (record, doc) => {
            const order = propertyOrder('member');
            const set = (key, value, label) => {
                const change = setEdited(record, doc, { key, value, recorded: member[key], order, label });
                if (change)
                    changes.push(change);
            };
            set('name', answers.name, 'name');
            set('github', answers.github, 'GitHub');
            if (answers.joined !== member.joined) {
                set('joined', answers.joined, 'joined');
                // The roles taken on the day they joined (as `member add` writes them) move with it.
                member.roles.forEach((held, index) => {
                    const map = held.since === member.joined ? mapAt(record, 'roles', index) : undefined;
                    if (map)
                        setInOrder(map, doc, 'since', answers.joined, propertyOrder('member', ['roles']));
                });
            }
            set('gender', answers.gender, 'gender');
            set('weekly_hours', answers.weeklyHours, 'weekly hours');
            set('skills', answers.skill, 'skills');
            if (answers.endRole !== undefined) {
                const until = answers.until ?? opened.today;
                const index = member.roles.findIndex((held) => held.role === answers.endRole && held.until === undefined);
                const held = mapAt(record, 'roles', index);
                if (held)
                    setInOrder(held, doc, 'until', until, propertyOrder('member', ['roles']));
                changes.push(`gives up role ${answers.endRole} on ${until}`);
            }
            if (answers.addRole !== undefined) {
                const since = answers.since ?? opened.today;
                appendInOrder(record, doc, 'roles', { role: answers.addRole, since }, order);
                changes.push(`takes role ${answers.addRole} from ${since}`);
            }
        });
        return {
            root: opened.root,
            files: [{ path: opened.path, text, replaces: true }],
            refreshLab: opened.lab.id,
            message: `Edit member ${member.name} of lab ${opened.lab.id}: ${changes.join('; ')}`,
        };
    },
});
function addRoleProblem(role, { member, id }) {
    if (member.status !== 'active') {
        return `${member.name} (${id}) is ${member.status}; only an active member takes on a role (\`cil member reinstate\` brings back an offboarded one)`;
    }
    const held = openRoles(member).find((entry) => entry.role === role);
    return held ? `${member.name} holds the role ${role} already (since ${held.since ?? member.joined}); give another role, or end it with --end-role` : undefined;
}
/** A member joins before taking a role: the roles that do not move with the day they joined start on or after it. */
function joinedProblem(day, member) {
    const held = member.roles.find((entry) => entry.since !== undefined && entry.since !== member.joined && entry.since < day);
    return held ? `${day} is after ${member.name} took the role ${held.role} (${held.since}); give the day they joined, on or before it` : undefined;
}
function sinceProblem(date, given, member) {
    if (given.addRole === undefined)
        return 'it goes with --add-role: give the role they take on with --add-role, or leave out --since';
    const problem = bySchema('member', ['roles', 0, 'since'])(date);
    if (problem)
        return problem;
    const joined = givenText(given, 'joined') || member.joined;
    return date < joined ? `${date} is before ${member.name} joined (${joined}); a role starts on or after that day` : undefined;
}
function endRoleProblem(role, member) {
    const held = openRoles(member).map((entry) => entry.role);
    if (held.includes(role))
        return undefined;
    return `${member.name} does not hold the role \`${role}\` now${held.length ? ` (roles held: ${held.join(', ')})` : ' (every role has ended)'}; give one they hold`;
}
function untilProblem(date, given, member) {
    if (given.endRole === undefined)
        return 'it goes with --end-role: give the role they give up with --end-role, or leave out --until';
    const problem = bySchema('member', ['roles', 0, 'until'])(date);
    if (problem)
        return problem;
    const role = givenText(given, 'endRole');
    const since = openRoles(member).find((entry) => entry.role === role)?.since ?? member.joined;
    return date < since ? `${date} is before ${member.name} took the role ${role} (${since}); give a later date` : undefined;
}
