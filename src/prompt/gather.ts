import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import { lowerFirst } from '../text/case.js';
import { type Answers, type Field, type Fields, type Flags, flagOf, type Given } from './fields.js';
import { type Choice, type Prompter, terminalPrompter } from './prompter.js';

export interface GatherOptions {
  /** Where questions are asked; without it, nothing is. */
  io?: Io;
  /** `--yes`: never ask. */
  yes?: boolean;
  /** Ask on this prompter instead of the terminal (tests). */
  prompter?: Prompter;
  /** Answers saved before (a draft), by field key: they take the place of the fields' defaults. */
  saved?: Readonly<Record<string, unknown>>;
}

/** Whether gathering asks questions: on a terminal (or a given prompter), and not with `--yes`. */
export function asksQuestions(options: GatherOptions): boolean {
  const terminal = options.io?.stdin?.isTTY === true && options.io.stdout.isTTY === true;
  return !options.yes && (terminal || options.prompter !== undefined);
}

type AnyField = Field<unknown, unknown>;

/**
 * The answers to a command's fields. On a terminal (stdin and stdout, and not `--yes`),
 * every field without a flag is asked for, optional ones too (Enter skips them or takes the
 * default shown), each answer checked as it is typed. Otherwise the answers come from
 * flags, then defaults, and a missing or bad value is an error naming its flag. Either way
 * nothing has been written yet. `context` is what the command opened, for the fields'
 * choices, defaults and checks.
 */
export async function gather<F extends Fields>(
  fields: F,
  flags: Flags,
  context: unknown,
  options: GatherOptions = {},
): Promise<Answers<F>> {
  const saved = options.saved ?? {};
  const entries = (Object.entries(fields) as [string, AnyField][]).map(([key, field]): [string, AnyField] =>
    Object.hasOwn(saved, key) ? [key, { ...field, default: saved[key] }] : [key, field]);
  const answers: Record<string, unknown> = {};
  const missing: [string, AnyField][] = [];
  // On a terminal, a default that does not fit (a report that exists) is refused at its
  // question, where another can be typed; without one, it stops the command here.
  const asking = entries.some(([key]) => flags[key] === undefined) && asksQuestions(options);
  for (const [key, field] of entries) {
    const raw = flags[key];
    if (raw === undefined && field.when && !field.when(answers, context)) continue;
    if (raw !== undefined) {
      answers[key] = fromFlag(key, field, raw, answers, context);
      continue;
    }
    const value = defaultOf(field, answers, context);
    if (value !== undefined) answers[key] = asking ? value : checked(key, field, value, answers, context);
    else if (field.required) missing.push([key, field]);
  }
  if (asking) return ask(entries, flags, context, options) as Promise<Answers<F>>;
  const [first] = missing;
  if (first) {
    const [key, field] = first;
    throw new CliError(field.missing?.(answers, context, flagOf(key)) ?? `${flagOf(key)} is missing: ${lowerFirst(field.question)}; give it, or run the command in a terminal to be asked`);
  }
  return answers as Answers<F>;
}

/** Asks every field without a flag, in order, on the terminal or the given prompter. */
async function ask(
  entries: [string, AnyField][],
  flags: Flags,
  context: unknown,
  options: GatherOptions,
): Promise<Record<string, unknown>> {
  const prompter = options.prompter ?? (options.io && (await terminalPrompter(options.io)));
  if (!prompter) throw new Error('there is no terminal to ask on');
  const asked: Record<string, unknown> = {};
  for (const [key, field] of entries) {
    const raw = flags[key];
    if (raw === undefined && field.when && !field.when(asked, context)) continue;
    const value = raw !== undefined ? fromFlag(key, field, raw, asked, context) : await question(field, asked, context, prompter);
    if (value !== undefined) asked[key] = value;
  }
  return asked;
}

function defaultOf(field: AnyField, given: Given, context: unknown): unknown {
  return typeof field.default === 'function' ? (field.default as (given: Given, context: unknown) => unknown)(given, context) : field.default;
}

function fromFlag(key: string, field: AnyField, raw: string | readonly string[] | boolean, given: Given, context: unknown): unknown {
  const parsed = asChoices(field, parse(field, raw), given, context);
  if (isParseError(parsed)) throw new CliError(`${flagOf(key)}: ${parsed.error}`);
  const error = parsed === undefined ? undefined : checkOf(field, parsed, given, context);
  if (error) throw new CliError(`${flagOf(key)}: ${error}`);
  return parsed;
}

/** A default value, checked: a default that does not fit (an id taken) says how to give another. */
function checked(key: string, field: AnyField, value: unknown, given: Given, context: unknown): unknown {
  const error = checkOf(field, value, given, context);
  if (error) throw new CliError(`${error} (${flagOf(key)} ${String(value)} was the default; give another with ${flagOf(key)})`);
  return value;
}

/** The field's own check; a choice among fixed values is checked against them. */
function checkOf(field: AnyField, value: unknown, given: Given, context: unknown): string | undefined {
  const fixed = Array.isArray(field.choices) ? (field.choices as readonly string[]) : undefined;
  const values = Array.isArray(value) ? value : [value];
  const outside = fixed && values.find((item) => !fixed.includes(String(item)));
  if (outside !== undefined) return `\`${String(outside)}\` is not one of: ${fixed?.join(', ')}`;
  return field.check?.(value, given, context);
}

/** How a choice is compared with what was typed: `punjab`, `Punjab` and ` PUNJAB ` are one. */
const loosely = (text: string) => text.trim().toLowerCase().replace(/[\s_]+/g, ' ');

/**
 * A choice typed in another case or spacing (`--province punjab`, `--kind Government`) as the
 * choice it names; anything else is left for the check to refuse.
 */
function asChoices(field: AnyField, value: unknown, given: Given, context: unknown): unknown {
  if (field.type !== 'choice' && field.type !== 'choices') return value;
  const known = choicesOf(field, given, context).map((choice) => choice.value);
  const canonical = (item: unknown) => (typeof item === 'string' && !known.includes(item) ? (known.find((choice) => loosely(choice) === loosely(item)) ?? item) : item);
  return Array.isArray(value) ? value.map(canonical) : canonical(value);
}

type ParseError = { error: string };
const isParseError = (value: unknown): value is ParseError => typeof value === 'object' && value !== null && 'error' in value;

/** A flag's raw value as the field's type, or a parse error. */
function parse(field: AnyField, raw: string | readonly string[] | boolean): unknown {
  const text = typeof raw === 'string' || typeof raw === 'boolean' ? String(raw) : raw.join(',');
  switch (field.type) {
    case 'boolean':
      return raw === true || text === 'true';
    case 'texts':
      return (typeof raw === 'object' ? raw : [text]).map((item) => item.trim()).filter((item) => item !== '');
    case 'list':
    case 'choices':
      return text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    case 'number':
    case 'integer': {
      const number = Number(text);
      if (text.trim() === '' || !Number.isFinite(number)) return { error: `\`${text}\` is not a number` };
      if (field.type === 'integer' && !Number.isInteger(number)) return { error: `\`${text}\` is not a whole number` };
      return number;
    }
    case 'choice':
      return text;
    case 'amounts':
      return parseAmounts(typeof raw === 'object' ? raw : [text]);
    case 'text':
      return text.trim() === '' ? undefined : text.trim();
  }
}

/** `key=N` items (each flag may also hold several, separated by commas) as a number by key. */
function parseAmounts(items: readonly string[]): Record<string, number> | ParseError {
  const amounts: Record<string, number> = {};
  for (const item of items.flatMap((entry) => entry.split(',')).map((entry) => entry.trim()).filter((entry) => entry !== '')) {
    const match = /^([^=\s]+)\s*=\s*(.+)$/.exec(item);
    const value = Number(match?.[2]);
    if (!match || !Number.isFinite(value)) return { error: `\`${item}\` is not written id=number, like sara-malik=16` };
    Object.defineProperty(amounts, match[1] as string, { value, enumerable: true, writable: true, configurable: true });
  }
  return amounts;
}

function choicesOf(field: AnyField, given: Given, context: unknown): Choice<string>[] {
  const { choices } = field;
  if (choices === undefined) return [];
  return typeof choices === 'function' ? choices(given, context) : choices.map((value) => ({ name: value, value }));
}

// inquirer's text question drops its suggestion on Backspace at an empty line.
const DECLINE = 'optional; Backspace to leave it out';

async function question(field: AnyField, given: Given, context: unknown, prompter: Prompter): Promise<unknown> {
  const initial = defaultOf(field, given, context);
  const optional = field.declinable === true && initial !== undefined ? DECLINE : 'optional';
  const message = field.required ? field.question : `${field.question} (${optional})`;
  switch (field.type) {
    case 'boolean':
      return prompter.confirm({ message, default: initial === true });
    case 'choice': {
      const skip: Choice<string>[] = field.required ? [] : [{ name: '(skip)', value: '' }];
      const value = await prompter.select({
        message,
        choices: [...skip, ...choicesOf(field, given, context)],
        default: typeof initial === 'string' ? initial : field.required ? undefined : '',
      });
      return value === '' ? undefined : value;
    }
    case 'choices': {
      const chosen = new Set(Array.isArray(initial) ? initial : []);
      const choices = choicesOf(field, given, context).map((choice) => ({ ...choice, checked: chosen.has(choice.value) }));
      if (choices.length === 0) return undefined;
      const values = await prompter.checkbox({ message, choices, required: field.required === true });
      return values.length > 0 ? values : undefined;
    }
    case 'amounts': {
      // One question per key: a number, or nothing (Enter) for none.
      const previous = (typeof initial === 'object' && initial !== null ? initial : {}) as Record<string, unknown>;
      const values: Record<string, number> = {};
      for (const choice of choicesOf(field, given, context)) {
        const shown = previous[choice.value];
        const answer = await prompter.text({
          message: `${field.question}: ${choice.name} (optional)`,
          default: typeof shown === 'number' ? String(shown) : undefined,
          validate: (text) => {
            if (text.trim() === '') return true;
            const parsed = parse({ ...field, type: 'number' }, text);
            if (isParseError(parsed)) return parsed.error;
            return checkOf(field, { ...values, [choice.value]: parsed }, given, context) ?? true;
          },
        });
        if (answer.trim() !== '') values[choice.value] = Number(answer);
      }
      return Object.keys(values).length > 0 ? values : undefined;
    }
    case 'texts': {
      // Lines given already (a draft, a file) are kept or dropped at once; more are asked one by one.
      const previous = Array.isArray(initial) ? initial.map(String) : [];
      const kept = previous.map((item) => `"${item}"`).join(', ');
      const keep = previous.length > 0 && (await prompter.confirm({ message: `${field.question}: keep ${kept}?`, default: true }));
      const items = keep ? [...previous] : [];
      for (;;) {
        const item = await prompter.text({
          message: `${field.question} ${items.length + 1} (leave empty to go on)`,
          // Each line is checked as it is typed, as the whole list will be.
          validate: (text) => (text.trim() === '' ? true : (checkOf(field, [...items, text.trim()], given, context) ?? true)),
        });
        if (item.trim() === '') return items.length > 0 ? items : undefined;
        items.push(item.trim());
      }
    }
    default: {
      const answer = await prompter.text({
        message,
        default: initial === undefined ? undefined : Array.isArray(initial) ? initial.join(', ') : String(initial),
        validate: (text) => {
          if (text.trim() === '') return field.required ? `${field.question} is needed` : true;
          const parsed = parse(field, text);
          if (isParseError(parsed)) return parsed.error;
          return checkOf(field, parsed, given, context) ?? true;
        },
      });
      return answer.trim() === '' ? undefined : parse(field, answer);
    }
  }
}
