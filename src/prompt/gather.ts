import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import { type Choice, type Prompter, terminalPrompter } from './prompter.js';

export type Answers = Record<string, unknown>;

/**
 * text: one line; texts: several lines, one answer each (repeatable flag); list: ids or
 * words separated by commas; choice: one of `choices`; choices: any of them.
 */
export type FieldType = 'text' | 'texts' | 'list' | 'number' | 'integer' | 'boolean' | 'choice' | 'choices';

export interface Field {
  /** The answer's key. */
  key: string;
  /** The flag that gives it, as typed: `--weekly-hours`. */
  flag: string;
  /** The question asked on a terminal; also names the field in messages. */
  question: string;
  type: FieldType;
  required?: boolean;
  choices?: (answers: Answers) => Choice<string>[];
  /** The value when no flag gives one, and the suggested answer on a terminal. */
  default?: (answers: Answers) => unknown;
  /** An error message for a bad value, or undefined when it is fine. */
  check?: (value: unknown, answers: Answers) => string | undefined;
  /** Why a required field without a flag has no default (an id for an Urdu name, say). */
  missing?: (answers: Answers) => string;
  /** Asked only when this holds for the answers so far (a flag is always taken). */
  when?: (answers: Answers) => boolean;
}

/** Flag values as commander gives them: strings, repeated strings, or a switch. */
export type Flags = Record<string, string | string[] | boolean | undefined>;

export interface GatherOptions {
  io: Io;
  /** `--yes`: never ask. */
  yes?: boolean;
  /** Ask on this prompter instead of the terminal (tests). */
  prompter?: Prompter;
  /** On a terminal, ask for the fields without flags even when nothing required is missing. */
  ask?: boolean;
}

/**
 * The answers to a command's fields: from flags first, then from defaults. When a required
 * field is still missing and stdin and stdout are a terminal (and not `--yes`), every field
 * without a flag is asked for, each answer checked as it is typed. Otherwise a missing or
 * bad value is an error naming its flag, and nothing has been written.
 */
export async function gather(fields: readonly Field[], flags: Flags, options: GatherOptions): Promise<Answers> {
  const answers: Answers = {};
  const missing: Field[] = [];
  for (const field of fields) {
    const raw = flags[field.key];
    if (raw === undefined && field.when && !field.when(answers)) continue;
    if (raw !== undefined) {
      answers[field.key] = fromFlag(field, raw, answers);
      continue;
    }
    const value = field.default?.(answers);
    if (value !== undefined) answers[field.key] = checked(field, value, answers);
    else if (field.required) missing.push(field);
  }
  if (missing.length === 0 && !options.ask) return answers;
  const terminal = options.io.stdin?.isTTY === true && options.io.stdout.isTTY === true;
  if (options.yes || (!terminal && !options.prompter)) {
    if (missing.length === 0) return answers;
    const [first] = missing as [Field];
    throw new CliError(first.missing?.(answers) ?? `${first.flag} is missing: ${lowerFirst(first.question)}; give it, or run the command in a terminal to be asked`);
  }
  const prompter = options.prompter ?? (await terminalPrompter(options.io));
  const asked: Answers = {};
  for (const field of fields) {
    const raw = flags[field.key];
    if (raw === undefined && field.when && !field.when(asked)) continue;
    asked[field.key] = raw !== undefined ? fromFlag(field, raw, asked) : await ask(field, asked, prompter);
    if (asked[field.key] === undefined) delete asked[field.key];
  }
  return asked;
}

function fromFlag(field: Field, raw: string | string[] | boolean, answers: Answers): unknown {
  const parsed = parse(field, raw);
  if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
    throw new CliError(`${field.flag}: ${(parsed as { error: string }).error}`);
  }
  const error = parsed === undefined ? undefined : field.check?.(parsed, answers);
  if (error) throw new CliError(`${field.flag}: ${error}`);
  return parsed;
}

/** A default value, checked: a default that does not fit (an id taken) says how to give another. */
function checked(field: Field, value: unknown, answers: Answers): unknown {
  const error = field.check?.(value, answers);
  if (error) throw new CliError(`${error} (${field.flag} ${String(value)} was the default; give another with ${field.flag})`);
  return value;
}

/** A flag's raw value as the field's type, or `{error}`. */
function parse(field: Field, raw: string | string[] | boolean): unknown {
  const text = Array.isArray(raw) ? raw.join(',') : String(raw);
  switch (field.type) {
    case 'boolean':
      return raw === true || text === 'true';
    case 'texts':
      return (Array.isArray(raw) ? raw : [text]).map((item) => item.trim()).filter((item) => item !== '');
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
    case 'choice': {
      return text;
    }
    default:
      return text.trim() === '' ? undefined : text.trim();
  }
}

async function ask(field: Field, answers: Answers, prompter: Prompter): Promise<unknown> {
  const initial = field.default?.(answers);
  const message = field.required ? field.question : `${field.question} (optional)`;
  switch (field.type) {
    case 'boolean':
      return prompter.confirm({ message, default: initial === true });
    case 'choice': {
      const choices = field.choices?.(answers) ?? [];
      const skip: Choice<string>[] = field.required ? [] : [{ name: '(skip)', value: '' }];
      const value = await prompter.select({
        message,
        choices: [...skip, ...choices],
        default: (initial as string | undefined) ?? (field.required ? undefined : ''),
      });
      return value === '' ? undefined : value;
    }
    case 'choices': {
      const chosen = new Set((initial as string[] | undefined) ?? []);
      const choices = (field.choices?.(answers) ?? [])
        .map((choice) => ({ ...choice, checked: chosen.has(choice.value) }));
      if (choices.length === 0) return undefined;
      const values = await prompter.checkbox({ message, choices });
      return values.length > 0 ? values : undefined;
    }
    case 'texts': {
      const items: string[] = [];
      for (;;) {
        const item = await prompter.text({
          message: `${field.question} ${items.length + 1} (leave empty to go on)`,
          validate: () => true,
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
          if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) return (parsed as { error: string }).error;
          return field.check?.(parsed, answers) ?? true;
        },
      });
      return answer.trim() === '' ? undefined : parse(field, answer);
    }
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
