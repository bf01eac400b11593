import { formatHuman } from './human.js';
import { formatJson } from './json.js';
import type { Formatter } from './types.js';

/** The audit's output formats, by the name `--format` takes. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  human: formatHuman,
  json: formatJson,
};
