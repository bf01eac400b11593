import type { WriteResult } from '../write/save.js';

/** What a writing command tells the user: the files it wrote, the commit, what to do next. */
export function formatWriteResult(result: WriteResult, next?: string): string {
  const lines = result.written.map((path) => `Wrote ${path}`);
  if (result.commit) lines.push(`Committed ${result.commit.id}: ${result.commit.message}`);
  lines.push(...(result.notes ?? []));
  if (next) lines.push(next);
  return `${lines.join('\n')}\n`;
}
