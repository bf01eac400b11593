import { lint } from 'markdownlint/promise';

// markdownlint's defaults, but for the length of table rows: a row is one line however wide.
const CONFIG = { default: true, MD013: { tables: false } };

/** markdownlint's findings on each document, as `name:line rule detail` lines. */
export async function markdownlintProblems(documents: Record<string, string>): Promise<string[]> {
  const results = await lint({ strings: documents, config: CONFIG });
  return Object.entries(results).flatMap(([name, errors]) =>
    errors.map((error) => `${name}:${error.lineNumber} ${error.ruleNames.join('/')} ${error.errorDetail ?? ''} ${error.errorContext ?? ''}`.trim()));
}
