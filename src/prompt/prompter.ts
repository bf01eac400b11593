import type { Io } from '../io.js';

export interface Choice<T> {
  name: string;
  value: T;
}

/** What `validate` returns: true when the answer is fine, else the message to show. */
export type Validation = true | string;

/**
 * The questions a command can ask. Commands only use this interface; the terminal
 * implementation below wraps inquirer, and tests pass scripted answers.
 */
export interface Prompter {
  text(question: { message: string; default?: string; validate: (answer: string) => Validation }): Promise<string>;
  select<T>(question: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  /** Any of the choices; `required`: at least one. */
  checkbox<T>(question: { message: string; choices: (Choice<T> & { checked?: boolean })[]; required?: boolean }): Promise<T[]>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
}

/** The prompt functions of @inquirer/prompts that the terminal prompter uses. */
export interface InquirerPrompts {
  input: typeof import('@inquirer/prompts').input;
  select: typeof import('@inquirer/prompts').select;
  checkbox: typeof import('@inquirer/prompts').checkbox;
  confirm: typeof import('@inquirer/prompts').confirm;
}

/** A prompter on the terminal, with inquirer (loaded only when a question is asked). */
export async function terminalPrompter(io: Io): Promise<Prompter> {
  const prompts = await import('@inquirer/prompts');
  return inquirerPrompter(prompts, {
    input: io.stdin,
    output: io.stdout as NodeJS.WritableStream,
  });
}

/** Adapts inquirer's prompts to the Prompter interface; tests drive it with @inquirer/testing. */
export function inquirerPrompter(prompts: InquirerPrompts, context?: object): Prompter {
  return {
    text: ({ message, default: initial, validate }) => prompts.input({ message, default: initial, validate }, context),
    select: ({ message, choices, default: initial }) =>
      prompts.select({ message, choices, default: initial, pageSize: 12 }, context),
    checkbox: ({ message, choices, required }) => prompts.checkbox({ message, choices, required, pageSize: 15 }, context),
    confirm: ({ message, default: initial }) => prompts.confirm({ message, default: initial }, context),
  };
}
