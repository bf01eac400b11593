import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { yamlLibrary } from './yaml-library.js';
/**
 * YAML 1.2 with the core schema: dates stay strings, `yes` stays a string, no custom tags.
 * Duplicate keys are errors. `prettyErrors` stays off: its context builder can exhaust
 * memory on deeply nested input, and positions are ours to compute. `yaml` says nothing on
 * stderr (a collection as a key would have it warn): what is wrong is a finding.
 */
export const YAML_OPTIONS = {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    logLevel: 'error',
};
/** More aliases than this in one record is an alias bomb, not a record. */
export const MAX_ALIASES = 100;
/**
 * Parses one record's text. Never throws: every failure is a problem with its offset.
 * Plain records take a fast path (js-yaml 4 with the core schema below); anything unusual, and every
 * text the fast path refuses, goes through `yaml`, which explains problems with positions.
 * Both give the same data for what the fast path accepts (test/network/parse-yaml.test.ts).
 */
export function parseYaml(text) {
    const fast = parseFast(text);
    return fast === undefined ? parseThoroughly(text) : { data: fast, problems: [] };
}
/** The straightforward path: `yaml`, with its diagnostics. */
export function parseThoroughly(text) {
    try {
        const doc = yamlLibrary().parseDocument(text, YAML_OPTIONS);
        // After the first syntax error, later ones are mostly its echoes: report the first only.
        const first = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0])[0];
        if (first)
            return { problems: [{ message: explainYamlError(first, text), offset: first.pos[0] }] };
        return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems: [] };
    }
    catch (error) {
        return { problems: [explainCrash(error, text)] };
    }
}
function explainYamlError(error, text) {
    switch (error.code) {
        case 'DUPLICATE_KEY': {
            const key = /^[^\n:]*/.exec(text.slice(error.pos[0], error.pos[0] + 200))?.[0].trim();
            return `\`${key}\` appears twice in the same mapping; keep only one of them`;
        }
        case 'BLOCK_AS_IMPLICIT_KEY':
            return 'YAML cannot read this line: a value holding `: ` needs quotes around it, and a key must line up with the keys above it';
        case 'TAB_AS_INDENT':
            return 'a tab is used for indentation; YAML needs spaces, so replace the tab with spaces';
        case 'MULTIPLE_DOCS':
            return 'the file holds more than one YAML document; keep one record per file and remove the `---` line';
        case 'TAG_RESOLVE_FAILED': {
            const tag = error.message
                .replace(/^Unresolved tag: /, '')
                .replace(/^tag:yaml\.org,2002:/, '!!');
            return `unknown YAML tag \`${tag}\`; records hold plain text, numbers, lists and mappings, so remove the tag`;
        }
        case 'RESOURCE_EXHAUSTION':
            return 'the file is nested too deeply to read; a record is never more than a few levels deep';
        default:
            return `YAML syntax error: ${sentence(error.message)}; check the indentation and quotes here`;
    }
}
function explainCrash(error, text) {
    const message = error instanceof Error ? error.message : String(error);
    const unresolved = /^Unresolved alias.*: (.+)$/.exec(message);
    if (unresolved?.[1]) {
        const alias = `*${unresolved[1]}`;
        return {
            message: `the alias \`${alias}\` refers to no anchor; write the value out instead`,
            offset: Math.max(0, text.indexOf(alias)),
        };
    }
    if (/alias/i.test(message)) {
        return {
            message: `the file expands too many aliases (over ${MAX_ALIASES}); write the values out instead of using \`*alias\``,
            offset: 0,
        };
    }
    if (error instanceof RangeError) {
        return {
            message: 'the file is nested too deeply to read; a record is never more than a few levels deep',
            offset: 0,
        };
    }
    return { message: `the file cannot be read as YAML: ${sentence(message)}`, offset: 0 };
}
/** yaml's messages as a clause: first letter lowercased, no final period, on one line. */
function sentence(message) {
    const line = message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    return line.charAt(0).toLowerCase() + line.slice(1);
}
/** A YAML 1.2 core scalar type: plain text matching `test` becomes `value(text)`. */
const scalar = (tag, test, value) => new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (text) => text === null || test.test(text), construct: value });
/**
 * The YAML 1.2 core schema as `yaml` resolves it (js-yaml 4's own core schema also reads
 * `0b101` and `-0x1F` as numbers, which YAML 1.2 keeps as text).
 */
const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
    implicit: [
        scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
        scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
        scalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (text) => text[1] === 'o' ? parseInt(text.slice(2), 8) : text[1] === 'x' ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
        scalar('float', /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) => /nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text)),
    ],
});
// js-yaml 4.3 has `maxDepth`; @types/js-yaml 4.0.9 predates it.
const FAST_OPTIONS = { schema: CORE_SCHEMA, maxDepth: 64 };
/**
 * The gate of the fast path: a text matching any pattern goes to `yaml`. When several match,
 * the first one here names the reason, so the last one is the catch-all.
 */
export const LEFT_TO_YAML = [
    {
        name: 'a tab',
        pattern: /\t/m,
        why: 'YAML never indents with tabs, and js-yaml 4 reads lines indented with one that `yaml` refuses',
    },
    {
        name: 'a carriage return without a line feed',
        pattern: /\r(?!\n)/m,
        why: 'js-yaml 4 ends a line there; YAML 1.2 does not',
    },
    {
        name: 'a tag, an anchor or an alias',
        pattern: /(?:^|[\s[{,])[!&*]/m,
        why: 'js-yaml 4 resolves some tags otherwise (a bare `!` is null to it), and an alias repeats a collection',
    },
    {
        name: 'a directive',
        pattern: /^%/m,
        why: 'js-yaml 4 ignores a directive it does not know; `yaml` refuses it',
    },
    {
        name: 'a document marker',
        pattern: /^(?:---|\.\.\.)/m,
        why: 'js-yaml 4 reads `---a: 1` as `a: 1`, and a mapping on the `---` line, which `yaml` refuses',
    },
    {
        name: 'a complex key',
        pattern: /(?:^|[\s[{,])\?(?:\s|$)/m,
        why: 'such a key can be a collection, which js-yaml 4 turns into another string than `yaml` does (`? [a]` is `a` to it)',
    },
    {
        name: 'a block scalar',
        pattern: /[:-] +[|>][-+0-9]*[ \r]*(?:#.*)?$/m,
        why: 'js-yaml 4 keeps trailing spaces and blank lines of some block scalars that `yaml` drops',
    },
    {
        name: 'an empty list item',
        pattern: /^ *-[ \r]*(?:#.*)?$/m,
        why: 'js-yaml 4 reads a less indented item after it into the same list; `yaml` refuses it',
    },
    {
        name: 'a line of 1024 characters or more',
        pattern: /^[^\n]{1024}/m,
        why: 'YAML keeps a key within 1024 characters of its line; js-yaml 4 reads a longer one',
    },
    {
        name: 'a quote left open at the end of a line',
        pattern: /(?:^|[\s[{,:])(?:"(?:[^"\\\n]|\\.)*\\?|'(?:[^'\n]|'')*)$/m,
        why: 'js-yaml 4 reads the quoted text on into lines that are not indented under it',
    },
    {
        name: 'a comment right after a quote or bracket',
        pattern: /(?:^|[\s[{,:])(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')#|[\]}]#/m,
        why: 'YAML wants a space before `#`: js-yaml 4 reads `"x"#` as `x`, and `yaml` refuses it',
    },
    {
        name: 'a flow collection as a key',
        pattern: /[\]}] *:/m,
        why: 'js-yaml 4 turns a key such as `[a]` into `a`, where `yaml` makes it `[ a ]`',
    },
    {
        name: 'a flow collection in a flow mapping',
        pattern: /\{[^{}[\n]*[[{]/m,
        why: 'it can be a key without a colon, as in `{a: 1, [x]}`, which js-yaml 4 turns into another string than `yaml` does',
    },
    {
        name: 'a flow collection left open at the end of a line',
        pattern: /^[^[{\n\r\u2028\u2029]*[[{](?!.*[\]}] *(?: #.*)?$)/m,
        why: 'js-yaml 4 reads the lines after it at indentations `yaml` refuses, even lines that look like plain keys',
    },
    {
        name: 'a list item holding a list on its own line',
        pattern: /^ *- +-(?:[ \r]|$)/m,
        why: 'after `- -`, js-yaml 4 puts the items of the outer list into the inner one',
    },
    {
        name: 'a line that is not a plain key, list item or comment',
        pattern: /^(?! *(?:(?:- +)?(?:[A-Za-z0-9_][\w-]*|"[^"\n]*"|'[^'\n]*') *:(?:[ \r]|$)|-(?=[ \r]|$)|#|\r?$))/m,
        why: 'continued scalars and flow collections over lines, which js-yaml 4 reads at indentations `yaml` refuses',
    },
];
// The gate reads a text twice, not once a pattern: once for the patterns that look anywhere, and
// once for those anchored at a line start, joined under one more `^` so that elsewhere the engine
// fails at once. All in one regular expression, they made the gate about a quarter slower.
const anchored = ({ pattern }) => pattern.source.startsWith('^');
const joined = (entries) => entries.map(({ pattern }) => `(?:${pattern.source})`).join('|');
const UNUSUAL_ANYWHERE = new RegExp(joined(LEFT_TO_YAML.filter((entry) => !anchored(entry))), 'm');
const UNUSUAL_LINE = new RegExp(`^(?:${joined(LEFT_TO_YAML.filter(anchored))})`, 'm');
/** The name of the first pattern of LEFT_TO_YAML the text matches: why it goes to `yaml`. */
export function unusualReason(text) {
    return LEFT_TO_YAML.find(({ pattern }) => pattern.test(text))?.name;
}
// Record keys are identifiers; any other key (a number, `null`, `true`, a flow collection)
// is left to `yaml`, since the two libraries turn such keys into strings differently.
const PLAIN_KEY = /^(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)[A-Za-z_][\w-]*$/;
/** Whether a text passes the gate: nothing in it is left to `yaml`. */
export function isPlain(text) {
    return !UNUSUAL_ANYWHERE.test(text) && !UNUSUAL_LINE.test(text);
}
function parseFast(text) {
    return isPlain(text) ? readWithJsYaml(text) : undefined;
}
/**
 * js-yaml 4's data for a text, or undefined when it refuses the text or a key is not plain.
 * It agrees with `yaml` only behind the gate; the test reads texts without it to show that each pattern is needed.
 */
export function readWithJsYaml(text) {
    let data;
    try {
        data = load(text, FAST_OPTIONS);
    }
    catch {
        return undefined;
    }
    if (!plainKeys(data, new Set()))
        return undefined;
    return data === undefined ? null : data;
}
/**
 * True when every key is a plain identifier and no collection appears twice (an alias
 * would make it so; the gate already sends anchors and aliases to `yaml`, this makes sure).
 */
function plainKeys(value, seen) {
    if (value === null || typeof value !== 'object')
        return true;
    if (seen.has(value))
        return false;
    seen.add(value);
    if (Array.isArray(value))
        return value.every((item) => plainKeys(item, seen));
    return Object.entries(value).every(([key, item]) => PLAIN_KEY.test(key) && key !== '__proto__' && plainKeys(item, seen));
}
