import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { originUrl } from '../git/git.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { DEFAULT_TIMEZONE, resolveSettings } from '../network/settings.js';
import { choice, list, number, text } from '../prompt/fields.js';
import { afterToday, bySchema, dateOrToday, enumChoices, givenText, idField, idNote } from '../prompt/record-fields.js';
import { isKnownTimezone } from '../schema/formats.js';
import { networkFiles } from '../scaffold/network-files.js';
import { pagesAddress, siteAddress } from '../text/site-address.js';
import { cilVersion } from '../version.js';
import { recordToYaml } from '../write/record-yaml.js';
import { writingCommand } from '../write/writing-command.js';
export const DEFAULT_NETWORK_NAME = 'Code for Pakistan Civic Innovation Labs';
const labPath = (id) => `labs/${id}`;
const whenScaffolding = (_given, target) => target.scaffolding;
/**
 * `cil init`: registers a lab with its lead. In a folder that is not yet a network repo it
 * first scaffolds one (cil.yaml, README, .gitignore, CI workflow, editor settings, and
 * `git init` when there is no repository). A lab that exists is refused, and nothing changes.
 */
export const init = writingCommand({
    arguments: {},
    switches: {},
    fields: {
        network: text({ question: "The network's name", help: "a new network's name", required: true, default: DEFAULT_NETWORK_NAME, check: bySchema('config', ['network']), when: whenScaffolding }),
        timezone: text({ question: 'Time zone of the network', help: "a new network's time zone", valueName: 'zone', required: true, default: DEFAULT_TIMEZONE, check: checkTimezone, when: whenScaffolding }),
        coreTeam: list({ question: "GitHub handles of CfP's core team, separated by commas", help: "a new network's core team: GitHub handles, separated by commas", valueName: 'handles', check: bySchema('config', ['core_team']), when: whenScaffolding }),
        siteUrl: text({
            question: "The address of the network's website",
            help: "a new network's website address (https://...), for its README and `cil site`",
            valueName: 'url',
            default: (_given, target) => target.pagesUrl,
            defaultHelp: "GitHub Pages' address of the git remote origin, if any",
            declinable: true,
            check: bySchema('config', ['site_url']),
            when: whenScaffolding,
        }),
        city: text({ question: 'City of the lab', help: 'the city the lab serves', valueName: 'city', required: true, check: bySchema('lab', ['city']) }),
        province: choice({ question: 'Province or territory', valueName: 'province', required: true, choices: enumChoices('province'), check: bySchema('lab', ['province']) }),
        lab: idField({
            from: 'city',
            what: 'lab',
            example: 'peshawar',
            taken: (id, _given, target) => (existsSync(join(target.root, labPath(id))) ? `lab \`${id}\` already exists (${labPath(id)}/); nothing was changed` : undefined),
        }),
        name: text({ question: "The lab's name", required: true, defaultHelp: 'Civic Innovation Lab <city>', default: (given) => `Civic Innovation Lab ${givenText(given, 'city')}`, check: bySchema('lab', ['name']) }),
        // Its lead joins that day, and nobody joins in the future.
        founded: {
            ...dateOrToday('Date the lab started', 'lab', ['founded']),
            check: (value, _given, { today }) => bySchema('lab', ['founded'])(value) ?? afterToday(value, today, 'the day the lab started'),
        },
        leadName: text({ question: "The lead's name, as they write it", required: true, check: bySchema('member', ['name']) }),
        leadId: idField({ from: 'leadName', what: 'lead', example: 'ayesha-khan', taken: () => undefined }),
        leadGithub: text({ question: "The lead's GitHub user name", valueName: 'handle', check: bySchema('member', ['github']) }),
        // The lead's other facts, with the flags member add takes for them.
        gender: choice({ question: "The lead's gender, as they describe it", choices: enumChoices('gender'), check: bySchema('member', ['gender']) }),
        weeklyHours: number({ question: 'Hours a week the lead commits', valueName: 'hours', check: bySchema('member', ['weekly_hours']) }),
    },
    async open(_args, _switches, options) {
        const existing = existingRoot(options);
        const root = existing ?? resolve(options.cwd, options.repo ?? '.');
        if (!existing && existsSync(root) && !statSync(root).isDirectory())
            throw new CliError(`${root} is not a folder`);
        if (!existing)
            refuseBesideNetwork(root);
        const settings = existing ? resolveSettings(loadNetwork(existing, { labs: [], select: () => false }).config) : undefined;
        const timezone = settings?.timezone ?? DEFAULT_TIMEZONE;
        const remote = existing === undefined ? await originUrl(root) : undefined;
        const pagesUrl = remote === undefined ? undefined : pagesAddress(remote);
        return { root, scaffolding: existing === undefined, today: resolveAsOf(options.asOf, timezone), pagesUrl };
    },
    plan({ root, scaffolding }, answers) {
        // Checked again now that every answer is in: a flag may have named an existing lab.
        if (existsSync(join(root, labPath(answers.lab))))
            throw new CliError(`lab \`${answers.lab}\` already exists (${labPath(answers.lab)}/); nothing was changed`);
        const lab = {
            name: answers.name,
            city: answers.city,
            province: answers.province,
            founded: answers.founded,
            status: 'forming',
            leads: [answers.leadId],
        };
        const lead = {
            name: answers.leadName,
            github: answers.leadGithub,
            joined: answers.founded,
            roles: [{ role: 'organizer', since: answers.founded }],
            weekly_hours: answers.weeklyHours,
            gender: answers.gender,
            status: 'active',
        };
        const settings = {
            network: answers.network ?? DEFAULT_NETWORK_NAME,
            timezone: answers.timezone ?? DEFAULT_TIMEZONE,
            coreTeam: answers.coreTeam ?? [],
            siteUrl: answers.siteUrl === undefined ? undefined : siteAddress(answers.siteUrl),
        };
        const files = [
            ...(scaffolding ? scaffoldFiles(root, settings) : []),
            { path: `${labPath(answers.lab)}/lab.yaml`, text: recordToYaml(lab) },
            { path: `${labPath(answers.lab)}/members/${answers.leadId}.yaml`, text: recordToYaml(lead) },
        ];
        if (scaffolding)
            mkdirSync(root, { recursive: true });
        const registered = `lab ${answers.lab} (${lab.name}), led by ${lead.name}`;
        return {
            root,
            files,
            initGit: scaffolding,
            message: scaffolding ? `Create the network repo and register ${registered}` : `Register ${registered}`,
            notes: [idNote(answers.city, answers.lab, 'lab', '--lab'), idNote(answers.leadName, answers.leadId, 'lead', '--lead-id')].filter((note) => note !== undefined),
        };
    },
    next: (result) => `Next: add members with \`cil member add ${labOf(result.written)}\`, then open a pull request.`,
});
/**
 * A folder that holds a network one level down (the clone, beside other things) is most
 * likely the wrong folder: a second network would be made around the first.
 */
function refuseBesideNetwork(root) {
    if (!existsSync(root))
        return;
    const inside = readdirSync(root, { withFileTypes: true }).find((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'cil.yaml')));
    if (inside) {
        throw new CliError(`${inside.name}/ holds a network repo (${inside.name}/cil.yaml): run cil init in it, or with -C ${inside.name}, to add a lab to it; nothing was written`);
    }
}
function existingRoot(options) {
    try {
        return findNetworkRoot(options.cwd, options.repo);
    }
    catch {
        return undefined;
    }
}
function checkTimezone(value) {
    return isKnownTimezone(value) ? undefined : `\`${value}\` is not a known time zone; use an IANA name like Asia/Karachi`;
}
/** The network's own files, leaving alone any that exist (a README, say); .gitignore gains what it lacks. */
function scaffoldFiles(root, settings) {
    return networkFiles(settings, { cilVersion: cilVersion() }).flatMap((file) => {
        const target = join(root, file.path);
        if (!existsSync(target))
            return [file];
        if (file.path !== '.gitignore')
            return [];
        const current = readFileSync(target, 'utf8');
        const missing = file.text.split('\n').filter((line) => line !== '' && !current.split(/\r?\n/).includes(line));
        if (missing.length === 0)
            return [];
        return [{ ...file, replaces: true, text: `${current}${current.endsWith('\n') || current === '' ? '' : '\n'}${missing.join('\n')}\n` }];
    });
}
function labOf(paths) {
    const lab = paths.find((path) => path.startsWith('labs/'));
    return lab?.split('/')[1] ?? '<lab>';
}
