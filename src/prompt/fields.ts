import type { Choice } from './prompter.js';

// A command declares what it takes once, here: its positional arguments and its fields.
// The command line's options (flag, value name, help, default, repeatable or not), the
// questions asked on a terminal, the checks of each value and the typed answers the
// command receives are all derived from these declarations.

/** The answer each type of field gives. */
export interface FieldValues {
  /** One line of text. */
  text: string;
  /** Several lines, one answer each: a repeatable flag, or one question per line. */
  texts: string[];
  /** Words or ids separated by commas. */
  list: string[];
  number: number;
  integer: number;
  /** A switch: a flag without a value, or a yes/no question. */
  boolean: boolean;
  /** One of the field's choices. */
  choice: string;
  /** Any of the field's choices. */
  choices: string[];
  /** A number for each of some keys (hours by member): `--hours sara-malik=16`, one question per key of its choices. */
  amounts: Record<string, number>;
}

export type FieldType = keyof FieldValues;

/** The answers given so far, as a field's own functions see them. */
export type Given = Readonly<Record<string, unknown>>;

/**
 * One value a command takes. `C` is what the command opened before asking (the network,
 * the lab), handed to the field's functions; `V` is the answer's type; a `required` field
 * always has an answer.
 */
export interface Field<V = unknown, C = unknown, R extends boolean = boolean> {
  type: FieldType;
  /** The question asked on a terminal; in lower case, also the flag's help unless `help` is given. */
  question: string;
  /** The flag's help, where the question reads badly as help. */
  help?: string;
  /** The flag's value in help: `--joined <YYYY-MM-DD>`. */
  valueName?: string;
  required?: R;
  /** The answer when no flag gives one, and the suggested answer on a terminal. */
  default?: V | ((given: Given, context: C) => V | undefined);
  /** How help names a default that is computed: `today`, `from the name`. */
  defaultHelp?: string;
  /**
   * An optional answer whose suggestion may be turned down (a guessed address): the question
   * says how (Backspace at the empty line), and an empty answer leaves the field out.
   */
  declinable?: boolean;
  /** The choices of a `choice` or `choices` field: fixed ones, or from what the command opened. */
  choices?: readonly string[] | ((given: Given, context: C) => Choice<string>[]);
  /** An error message for a bad value, or undefined when it is fine. */
  check?(value: V, given: Given, context: C): string | undefined;
  /** Why a required field without a flag has no default (no id can be made from an Urdu name). */
  missing?: (given: Given, context: C, flag: string) => string;
  /** Taken only when this holds for the answers so far (a flag is always taken). */
  when?: (given: Given, context: C) => boolean;
}

/**
 * The fields of a command, by the key of their answers; their order is the order of
 * questions. (Typed loosely on purpose: a stricter type here would make TypeScript widen
 * each field's `required: true` while inferring a command's fields, and lose the answers'
 * types.)
 */
export type Fields = Readonly<Record<string, { readonly type: FieldType; readonly question: string }>>;

/** What a command receives: each field's answer, typed; optional ones may be undefined. */
export type Answers<F extends Fields> = {
  -readonly [K in keyof F]: F[K] extends Field<infer V, never, true> ? V : F[K] extends Field<infer V, never> ? V | undefined : never;
};

type Spec<V, C, R extends boolean> = Omit<Field<V, C, R>, 'type'>;
type Conditional<C> = { when: (given: Given, context: C) => boolean };

/**
 * Builds a field of a type, keeping the literal `required` for the answers' type. A field
 * taken only `when` something holds may have no answer, whether or not it is required.
 */
function field<T extends FieldType>(type: T) {
  type V = FieldValues[T];
  function build<C = unknown, R extends boolean = false>(spec: Spec<V, C, R> & Conditional<C>): Field<V, C, false>;
  function build<C = unknown, R extends boolean = false>(spec: Spec<V, C, R>): Field<V, C, R>;
  function build(spec: Spec<V, unknown, boolean>): Field<V, unknown, boolean> {
    return { ...spec, type };
  }
  return build;
}

export const text = field('text');
export const texts = field('texts');
export const list = field('list');
export const number = field('number');
export const integer = field('integer');
export const flag = field('boolean');

/**
 * Text that the field's check allows only some values of (an SPDX licence id among hundreds:
 * typed, not chosen from a list), typed as those values.
 */
export function textAmong<V extends string, C = unknown, R extends boolean = false>(spec: Spec<V, C, R>): Field<V, C, R> {
  return { ...spec, type: 'text' };
}

/** One of a set of values; `V` is the values' type when the choices say it (`enumChoices<Role>`). */
export function choice<V extends string = string, C = unknown, R extends boolean = false>(
  spec: Omit<Spec<NoInfer<V>, C, R>, 'choices'> & { choices: readonly V[] | ((given: Given, context: C) => Choice<V>[]) },
): Field<V, C, R> {
  return { ...spec, type: 'choice' };
}

/** Any of a set of values (member ids, partner ids). */
export function choices<V extends string = string, C = unknown, R extends boolean = false>(
  spec: Omit<Spec<NoInfer<V>[], C, R>, 'choices'> & { choices: (given: Given, context: C) => Choice<V>[] },
): Field<V[], C, R> {
  return { ...spec, type: 'choices' };
}

/** A number for each of the keys its choices give, each asked on its own: `--hours sara-malik=16`, repeatable. */
export function amounts<C = unknown, R extends boolean = false>(
  spec: Omit<Spec<Record<string, number>, C, R>, 'choices'> & { choices: (given: Given, context: C) => Choice<string>[] },
): Field<Record<string, number>, C, R> {
  return { ...spec, type: 'amounts' };
}

/** A positional argument: `<lab>`, `[lab]`, `[paths...]`. */
export interface Argument {
  help: string;
  optional?: boolean;
  variadic?: boolean;
  /** The values it may take, which the command line checks and shell completion offers. */
  choices?: readonly string[];
}

export type Arguments = Readonly<Record<string, Argument>>;

/** The arguments' values, by name. */
export type ArgumentValues<A extends Arguments> = {
  -readonly [K in keyof A]: A[K] extends { variadic: true } ? string[] : A[K] extends { optional: true } ? string | undefined : string;
};

export const argument = (help: string) => ({ help }) as const;
export const optionalArgument = (help: string) => ({ help, optional: true }) as const;
export const variadicArgument = (help: string) => ({ help, optional: true, variadic: true }) as const;

/** What a command takes from its command line. */
export interface CommandInputs<A extends Arguments = Arguments, F extends Fields = Fields> {
  arguments: A;
  fields: F;
}

/** `weeklyHours` -> `--weekly-hours`: the flag of a field, from its key. */
export const flagOf = (key: string) => `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** Flag values as the command line gives them: text, repeated text, or a switch. */
export type Flags = Readonly<Record<string, string | readonly string[] | boolean | undefined>>;
