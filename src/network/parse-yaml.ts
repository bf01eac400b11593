import { FAILSAFE_SCHEMA, load, type LoadOptions, Type } from 'js-yaml';
import type { DocumentOptions, ParseOptions, YAMLError } from 'yaml';
import type { Problem } from '../schema/types.js';
import { yamlLibrary } from './yaml-library.js';

/**
 * YAML 1.2 with the core schema: dates stay strings, `yes` stays a string, no custom tags.
 * Duplicate keys are errors. `prettyErrors` stays off: its context builder can exhaust
 * memory on deeply nested input, and positions are ours to compute.
 */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & { schema: 'core' } = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
};

/** More aliases than this in one record is an alias bomb, not a record. */
export const MAX_ALIASES = 100;

export interface ParsedYaml {
  data?: unknown;
  problems: Problem[];
}

/**
 * Parses one record's text. Never throws: every failure is a problem with its offset.
 * Plain records take a fast path (js-yaml 4 with the core schema below); anything unusual, and every
 * text the fast path refuses, goes through `yaml`, which explains problems with positions.
 * Both give the same data for what the fast path accepts (test/network/parse-yaml.test.ts).
 */
export function parseYaml(text: string): ParsedYaml {
  const fast = parseFast(text);
  return fast === undefined ? parseThoroughly(text) : { data: fast, problems: [] };
}

/** The straightforward path: `yaml`, with its diagnostics. */
export function parseThoroughly(text: string): ParsedYaml {
  try {
    const doc = yamlLibrary().parseDocument(text, YAML_OPTIONS);
    // After the first syntax error, later ones are mostly its echoes: report the first only.
    const first = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0])[0];
    if (first)
      return { problems: [{ message: explainYamlError(first, text), offset: first.pos[0] }] };
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems: [] };
  } catch (error) {
    return { problems: [explainCrash(error, text)] };
  }
}

function explainYamlError(error: YAMLError, text: string): string {
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

function explainCrash(error: unknown, text: string): Problem {
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
      message:
        'the file is nested too deeply to read; a record is never more than a few levels deep',
      offset: 0,
    };
  }
  return { message: `the file cannot be read as YAML: ${sentence(message)}`, offset: 0 };
}

/** yaml's messages as a clause: first letter lowercased, no final period, on one line. */
function sentence(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return line.charAt(0).toLowerCase() + line.slice(1);
}

/** A YAML 1.2 core scalar type: plain text matching `test` becomes `value(text)`. */
const scalar = (tag: string, test: RegExp, value: (text: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (text: string | null) => text === null || test.test(text), construct: value });

/**
 * The YAML 1.2 core schema as `yaml` resolves it (js-yaml 4's own core schema also reads
 * `0b101` and `-0x1F` as numbers, which YAML 1.2 keeps as text).
 */
const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
    scalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (text) =>
      text[1] === 'o' ? parseInt(text.slice(2), 8) : text[1] === 'x' ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
    scalar('float', /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) =>
      /nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text)),
  ],
});

// js-yaml 4.3 has `maxDepth`; @types/js-yaml 4.0.9 predates it.
const FAST_OPTIONS: LoadOptions & { maxDepth: number } = { schema: CORE_SCHEMA, maxDepth: 64 };

// Text the fast path leaves to `yaml`: tabs; a carriage return without a line feed; tags,
// anchors and aliases (and any `!`, `&` or `*` where one could start); directives and
// document markers; complex keys; block scalars; empty list items and lines of 1024
// characters or more (js-yaml 4 accepts both where `yaml` may not); quotes left open at the
// end of a line (js-yaml 4 reads on into lines that are not indented under them); and any
// line that is not a plain `key: value`, `- item` or comment line (continued scalars, flow
// collections over lines). Every part stays within a line, so the test takes linear time.
const UNUSUAL
  = /\t|\r(?!\n)|(?:^|[\s[{,])[!&*]|^%|^(?:---|\.\.\.)|^ *\?(?:\s|$)|[:-] +[|>][-+0-9]*[ \r]*(?:#.*)?$|^ *-[ \r]*(?:#.*)?$|^[^\n]{1024}|(?:^|[\s[{,:])(?:"(?:[^"\\\n]|\\.)*\\?|'(?:[^'\n]|'')*)$/m;
// A line start not followed by one of the plain forms (one regular expression over the text).
// A list item holding a list on its own line (`- - x`) is not plain: js-yaml 4 nests the
// items after it wrongly.
const UNPLAIN_LINE = /^(?! *(?:(?:- +)?(?:[A-Za-z0-9_][\w-]*|"[^"\n]*"|'[^'\n]*') *:(?:[ \r]|$)|-(?=[ \r]|$)(?! +-(?:[ \r]|$))|#|\r?$))/m;
// Record keys are identifiers; any other key (a number, `null`, `true`, a flow collection)
// is left to `yaml`, since the two libraries turn such keys into strings differently.
const PLAIN_KEY = /^(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)[A-Za-z_][\w-]*$/;

function parseFast(text: string): unknown {
  if (UNUSUAL.test(text) || UNPLAIN_LINE.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, FAST_OPTIONS);
  } catch {
    return undefined;
  }
  if (!plainKeys(data, new Set())) return undefined;
  return data === undefined ? null : data;
}

/**
 * True when every key is a plain identifier and no collection appears twice (an alias
 * would make it so; UNUSUAL already sends anchors and aliases to `yaml`, this makes sure).
 */
function plainKeys(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.every((item) => plainKeys(item, seen));
  return Object.entries(value).every(([key, item]) => PLAIN_KEY.test(key) && key !== '__proto__' && plainKeys(item, seen));
}
