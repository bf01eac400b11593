import type { Io } from '../../src/io.js';
import type { Choice, Prompter, Validation } from '../../src/prompt/prompter.js';

/** An Io without a terminal, collecting what is printed. */
export function testIo(cwd: string): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    env: {},
    stdout: { write: (text: string) => (out += text), isTTY: false },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    out: () => out,
    err: () => err,
  };
}

export interface Asked {
  message: string;
  default?: unknown;
  choices?: string[];
  /** What validate said of each answer tried. */
  rejected: string[];
}

/**
 * A prompter that answers from a script, in order. A text answer that the command's
 * validation refuses is recorded in `rejected` and the next scripted answer is tried, as
 * a person would retype it.
 */
export function scriptedPrompter(answers: unknown[]): Prompter & { asked: Asked[] } {
  const queue = [...answers];
  const asked: Asked[] = [];
  const next = () => {
    if (queue.length === 0) throw new Error(`no scripted answer left for: ${asked.at(-1)?.message}`);
    return queue.shift();
  };
  return {
    asked,
    async text({ message, default: initial, validate }) {
      const entry: Asked = { message, default: initial, rejected: [] };
      asked.push(entry);
      for (;;) {
        const answer = next();
        const text = answer === undefined ? (initial ?? '') : String(answer);
        const verdict: Validation = validate(text);
        if (verdict === true) return text;
        entry.rejected.push(verdict);
      }
    },
    async select<T>({ message, choices, default: initial }: { message: string; choices: Choice<T>[]; default?: T }) {
      asked.push({ message, default: initial, choices: choices.map((choice) => String(choice.value)), rejected: [] });
      const answer = next();
      return (answer === undefined ? initial : answer) as T;
    },
    async checkbox<T>(question: { message: string; choices: (Choice<T> & { checked?: boolean })[]; required?: boolean }) {
      const { message, choices, required } = question;
      const entry: Asked = { message, choices: choices.map((choice) => String(choice.value)), rejected: [] };
      asked.push(entry);
      for (;;) {
        // No answer is Enter: the choices checked already.
        const answer = next();
        const values = (answer ?? choices.filter((choice) => choice.checked).map((choice) => choice.value)) as T[];
        if (!required || values.length > 0) return values;
        entry.rejected.push('choose at least one');
      }
    },
    async confirm({ message, default: initial }) {
      asked.push({ message, default: initial, rejected: [] });
      const answer = next();
      return answer === undefined ? initial === true : answer === true;
    },
  };
}
