import { existsSync } from 'node:fs';
import { CliError } from '../errors.js';
import { parseYaml } from '../network/parse-yaml.js';
import { readSource } from '../network/read-source.js';
import { narrativeFlagsOf } from '../reports/narrative-flags.js';
import { article } from '../schema/explain.js';
import { checkValue } from '../schema/validate.js';
import { lowerFirst } from '../text/case.js';
import { choices, flag, text, texts } from './fields.js';
import { contactDataIn, dateField, knownMembers, memberChoices } from './record-fields.js';
/** The switches of every report draft. */
export const REPORT_SWITCHES = {
    force: flag({ question: 'Replace a report that exists' }),
    from: text({ question: 'A YAML file holding the narrative (KPIs, artifacts and weekly summaries too)', valueName: 'file' }),
};
/** The report's date, authors and narrative of its kind, each checked by the report schema. */
export function reportFields(kind) {
    const fields = {
        submitted: dateField('Date submitted', 'report', ['submitted'], {
            required: true,
            defaultHelp: 'today',
            default: (_given, { base, today }) => (typeof base.submitted === 'string' ? base.submitted : today),
        }),
        authors: choices({
            question: 'Authors',
            help: 'member ids of the authors, separated by commas',
            valueName: 'ids',
            default: (_given, { base }) => (Array.isArray(base.authors) ? base.authors.map(String) : undefined),
            choices: (_given, { lab }) => memberChoices(lab),
            check: (value, _given, { lab }) => knownMembers(lab, value),
        }),
    };
    const narrative = {};
    for (const entry of narrativeFlagsOf(kind)) {
        const check = (value) => contactDataIn(value) ?? checkValue('report', [entry.field], value);
        // A `--from` file's narrative is the default: asked on a terminal, it is kept or changed there.
        const lines = (_given, { base }) => {
            const value = base[entry.field];
            return Array.isArray(value) ? value.map(String) : undefined;
        };
        const line = (_given, { base }) => (typeof base[entry.field] === 'string' ? String(base[entry.field]) : undefined);
        narrative[entry.option] = entry.list
            ? texts({ question: entry.question, help: `${lowerFirst(entry.question)} (repeat for more)`, valueName: 'text', check, default: lines })
            : text({ question: entry.question, valueName: 'text', check, default: line });
    }
    return { ...fields, ...narrative };
}
/** The narrative answers as the report's fields: `nextStep` fills `next_steps`. */
export function narrativeOf(kind, answers) {
    const given = narrativeFlagsOf(kind).filter((entry) => answers[entry.option] !== undefined);
    return Object.fromEntries(given.map((entry) => [entry.field, answers[entry.option]]));
}
/** The narrative in a `--from` file (an absolute path): a mapping of report fields. */
export function readNarrativeFile(path, kind) {
    if (!existsSync(path))
        throw new CliError(`--from: ${path} does not exist`);
    const read = readSource(path);
    if ('problem' in read)
        throw new CliError(`--from: ${path}: ${read.problem.message}`);
    const parsed = parseYaml(read.text);
    const [problem] = parsed.problems;
    if (problem)
        throw new CliError(`--from: ${path}: ${problem.message}`);
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new CliError(`--from: ${path} must hold a mapping of report fields, like \`successes: [...]\``);
    }
    const fields = { ...data };
    if (fields.kind !== undefined && fields.kind !== kind) {
        throw new CliError(`--from: ${path} is ${article(String(fields.kind))} report, not ${article(kind)} one`);
    }
    return fields;
}
