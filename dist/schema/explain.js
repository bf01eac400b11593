import { lowerFirst } from '../text/case.js';
import { idOfName } from '../text/slug.js';
import { clip, describeValue, expectedType, label, quoted, suggest, toPath } from './message-parts.js';
import { fieldsSchema } from './schema-files.js';
/** How a record kind is named in messages: "not a member field", "the lab is missing". */
const NOUNS = {
    config: 'cil.yaml',
    lab: 'lab',
    member: 'member',
    citizen: 'citizen',
    event: 'event',
    project: 'project',
    report: 'report',
    impact: 'impact report',
};
const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** How each report kind writes its period, for messages. */
const PERIOD_FORMS = {
    monthly: 'a month written YYYY-MM, like 2026-11',
    quarterly: 'a quarter written YYYY-Qn, like 2026-Q4',
    midyear: 'the first half of a year written YYYY-H1, like 2026-H1',
    annual: 'a year, like 2026',
};
// When one value breaks several keywords, the first of these explains it best.
const VALUE_KEYWORDS = [
    'false schema',
    'type',
    'enum',
    'const',
    'format',
    'pattern',
    'anyOf',
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'minItems',
    'uniqueItems',
];
/**
 * Turns ajv's errors for one record into problems a volunteer can act on: one per place,
 * each naming the field, what is wrong, and the fix.
 */
export function explainSchemaErrors(kind, errors, data) {
    const branches = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
    const relevant = errors.filter((e) => e.keyword !== 'if'
        && e.keyword !== 'allOf'
        && e.keyword !== 'propertyNames'
        && !branches.some((prefix) => e.schemaPath.startsWith(prefix)));
    const problems = [];
    const bestAt = new Map();
    for (const error of relevant) {
        const problem = explainOne(kind, error, data);
        const rank = error.propertyName === undefined ? VALUE_KEYWORDS.indexOf(error.keyword) : -1;
        if (rank === -1) {
            problems.push(problem);
            continue;
        }
        const place = error.instancePath;
        const best = bestAt.get(place);
        if (!best) {
            bestAt.set(place, { rank, index: problems.push(problem) - 1 });
        }
        else if (rank < best.rank) {
            problems[best.index] = problem;
            best.rank = rank;
        }
    }
    const unique = new Map(problems.map((p) => [`${p.path.join('/')}|${p.message}`, p]));
    return [...unique.values()];
}
function explainOne(kind, error, data) {
    const path = toPath(error.instancePath);
    const params = error.params;
    const parent = error.parentSchema;
    const value = error.data;
    const field = label(path);
    if (error.propertyName !== undefined) {
        const name = error.propertyName;
        const keyPath = [...path, name];
        if (error.keyword === 'enum') {
            const allowed = params.allowedValues ?? [];
            return {
                path: keyPath,
                anchor: 'key',
                message: `\`${name}\` is not a known name in ${field}; use one of: ${allowed.join(', ')}${suggest(name, allowed)}`,
            };
        }
        return {
            path: keyPath,
            anchor: 'key',
            message: `\`${name}\` is not a valid name in ${field}: use lowercase letters, digits and single hyphens`,
        };
    }
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            // A field of another kind of report (each kind's schema takes only its own).
            if (kind === 'report' && path.length === 0 && fieldsSchema('report')?.properties?.[key] !== undefined) {
                return { path: [key], anchor: 'key', message: explainMisplaced([key], data) };
            }
            const allowed = Object.keys(parent?.properties ?? {});
            const where = path.length === 0 ? `${article(NOUNS[kind])} field` : `a field of ${field}`;
            const what = kind === 'config' && path.length === 0 ? 'a cil.yaml setting' : where;
            return {
                path: [...path, key],
                anchor: 'key',
                message: `\`${key}\` is not ${what}; allowed: ${allowed.join(', ')}${suggest(key, allowed)}`,
            };
        }
        case 'required': {
            const missing = String(params.missingProperty);
            const owner = path.length === 0 ? (kind === 'config' ? 'cil.yaml' : `the ${NOUNS[kind]}`) : field;
            return {
                path,
                anchor: 'parent',
                message: `${owner} is missing the required field \`${missing}\`; add \`${missing}: ...\``,
            };
        }
        case 'false schema':
            return { path, anchor: 'key', message: explainMisplaced(path, data) };
        case 'type':
            if (path.length === 0)
                return { path, anchor: 'parent', message: explainRoot(kind, value, error) };
            return {
                path,
                anchor: 'value',
                message: `${field} must be ${expectedType(String(params.type))}, not ${describeValue(value)}`,
            };
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const found = String(value);
            if (String(parent?.$id).endsWith('/timezone.schema.json')) {
                return { path, anchor: 'value', message: `\`${found}\` is not a known time zone; use an IANA name like Asia/Karachi${suggest(found, allowed)}` };
            }
            const list = allowed.length > 20 ? 'the list at https://spdx.org/licenses/' : allowed.join(', ');
            const intro = allowed.length > 20
                ? `${field} ${quoted(found)} is not a current SPDX licence id; use one from ${list}`
                : `${field} must be one of: ${list}; found ${quoted(found)}`;
            return { path, anchor: 'value', message: `${intro}${suggest(found, allowed)}` };
        }
        case 'format':
        case 'pattern':
            return { path, anchor: 'value', message: explainForm(path, value, parent, data) };
        case 'anyOf':
            return { path, anchor: 'value', message: explainForm(path, value, parent, data) };
        case 'minLength':
            return {
                path,
                anchor: 'value',
                message: `${field} is empty; write a value or remove the field`,
            };
        case 'maxLength':
            return {
                path,
                anchor: 'value',
                message: `${field} is too long: at most ${params.limit} characters`,
            };
        case 'minimum':
        case 'maximum': {
            const bound = error.keyword === 'minimum' ? 'at least' : 'at most';
            return {
                path,
                anchor: 'value',
                message: `${field} must be ${bound} ${params.limit}; found ${String(value)}`,
            };
        }
        case 'minItems':
            return {
                path,
                anchor: 'value',
                message: `${field} needs at least ${params.limit} ${params.limit === 1 ? 'entry' : 'entries'}`,
            };
        case 'uniqueItems': {
            const index = Number(params.i);
            const item = Array.isArray(value) ? value[index] : undefined;
            return {
                path: [...path, index],
                anchor: 'value',
                message: `${field} lists \`${String(item)}\` more than once; list each only once`,
            };
        }
        default:
            return { path, anchor: 'value', message: `${field} ${error.message ?? 'is not valid'}` };
    }
}
function explainRoot(kind, value, error) {
    const noun = kind === 'config' ? 'cil.yaml' : `a ${NOUNS[kind]} record`;
    if (value === null || value === undefined) {
        const required = (error.parentSchema?.required ?? []).join(', ');
        return `the file is empty; ${noun} needs at least: ${required}`;
    }
    return `${noun} is a mapping of fields (like \`name: ...\`), but this file holds ${describeValue(value)}`;
}
function explainMisplaced(path, data) {
    const key = String(path[path.length - 1]);
    const kind = reportKind(data);
    if (key === 'project')
        return `${article(kind)} report has a \`period\`, not a \`project\`; remove \`project\``;
    if (key === 'period')
        return `${article(kind)} report names its \`project\`, not a \`period\`; remove \`period\``;
    return `\`${key}\` does not belong in ${article(kind)} report; remove it, or check that \`kind\` is right`;
}
function explainForm(path, value, schema, data) {
    const field = label(path);
    const found = quoted(clip(String(value)));
    if (path.length === 1 && path[0] === 'period') {
        const form = PERIOD_FORMS[reportKind(data)];
        return form
            ? `${field} of ${article(reportKind(data))} report must be ${form}, in a year from 2000 to 2100; found ${found}`
            : `${field} must be a month (2026-11), quarter (2026-Q4), half year (2026-H1) or year (2026), from 2000 to 2100; found ${found}`;
    }
    if (schema?.format === 'date') {
        return `${field} must be a real date from 2000 to 2100 written YYYY-MM-DD, like 2026-11-05; ${found} is not`;
    }
    if (schema?.format === 'uri') {
        return `${field} must be a full web address starting with https://; found ${found}`;
    }
    if (schema?.pattern === SLUG_PATTERN) {
        const slug = idOfName(String(value));
        const instead = slug !== undefined ? `: write \`${slug}\`` : ', like ayesha-khan';
        return `${found} is not a valid id in ${field}: ids use lowercase letters, digits and single hyphens${instead}`;
    }
    const description = typeof schema?.description === 'string' ? schema.description : '';
    return `${field} has the wrong form: ${found}; expected ${lowerFirst(description.replace(/\.$/, ''))}`;
}
/** A word with its indefinite article: `an impact`, `a monthly`. */
export const article = (word) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
function reportKind(data) {
    const kind = data?.kind;
    return typeof kind === 'string' ? kind : 'report';
}
