import type { ReviewResult } from '../commands/review.js';
import { escapeMarkdown } from '../reports/markdown.js';
import { formatMarkdown } from './markdown.js';

/** A review as Markdown for a pull-request comment: the story, who may change what, the audit, a checklist. */
export function formatReviewMarkdown(result: ReviewResult): string {
  const link = (path: string) => (result.linkBase ? `[${path}](${result.linkBase}${encodeURI(path)})` : `\`${path}\``);
  const lines = [`## cil review: ${result.changes.length} file${result.changes.length === 1 ? '' : 's'} changed since ${result.base}`, ''];
  if (result.author !== undefined) {
    const who = result.authority?.coreTeam
      ? 'core team'
      : result.authority?.labs.length
        ? `member of lab ${result.authority.labs.join(', ')}`
        : 'not a member of the labs changed, nor of the core team';
    lines.push(`**Author:** @${escapeMarkdown(result.author.replace(/^@/, ''))} (${who})`, '');
    if (result.unauthorized.length > 0) {
      lines.push('⚠️ **Outside what the author may change** (a lead of the lab or the core team must approve):', '');
      lines.push(...result.unauthorized.map((path) => `- ${link(path)}`), '');
    }
  }
  for (const lab of result.story.labs) {
    lines.push(`### Lab ${lab.lab}`, '');
    lines.push(...lab.lines.map((line) => `- ${escapeMarkdown(line).replace(/\(([^()]+\.md)\)$/, (_match, path: string) => `(${link(path)})`)}`));
    if (lab.documents.length > 0) lines.push(`- Rendered documents: ${lab.documents.map(link).join(', ')}`);
    lines.push('');
  }
  if (result.story.network.length > 0) {
    lines.push('### For the core team', '', ...result.story.network.map((line) => `- ${escapeMarkdown(line)}`), '');
  }
  lines.push(formatMarkdown(
    { root: '', findings: result.findings, summary: result.summary, checkedFiles: [], exitCode: 0 },
    { color: false, repoPrefix: '', version: '' },
  ).replace(/^### (✅ )?cil audit: /, '### $1Audit of the change: '));
  lines.push('### Reviewer checklist', '', ...result.checklist.map((item) => `- [ ] ${item}`), '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export function formatReviewJson(result: ReviewResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
