import { formatDay } from '../calendar/format.js';
import { formatMarkdown } from './audit/markdown.js';
import { codeSpan, commentText } from './safe-text.js';
const HEAD_COUNTS = ['citizens', 'technologists', 'government', 'women'];
const RECORD_NAMES = { member: 'Member', event: 'Event', project: 'Project' };
const headCounts = (event) => {
    const parts = HEAD_COUNTS.filter((key) => event.audience?.[key] !== undefined).map((key) => `${event.audience?.[key]} ${key}`);
    return parts.length > 0 ? `; ${parts.join(', ')}` : '';
};
const eventText = (event) => `${formatDay(event.date)}: ${event.title} (${event.kind}${headCounts(event)})`;
/** One event of the story in words. */
export function describeEvent(event) {
    switch (event.kind) {
        case 'member-joined':
            return `Member joined: ${event.name} (${event.roles.join(', ')}), ${formatDay(event.joined)}`;
        case 'member-changed': {
            const parts = event.warned.map((warning) => `warned on ${formatDay(warning.date)}: ${warning.reason}`);
            if (event.offboarded)
                parts.push(`offboarded on ${formatDay(event.offboarded.date)}: ${event.offboarded.reason ?? ''}`);
            if (event.reinstated)
                parts.push(`reinstated: ${event.reinstated.terms ?? ''}`);
            if (event.status)
                parts.push(`status ${event.status.from} → ${event.status.to}`);
            if (event.fields.length > 0)
                parts.push(`changed ${event.fields.join(', ')}`);
            return `Member ${event.name}: ${parts.join('; ') || 'no change to the record'}`;
        }
        case 'event-recorded':
            return `Event recorded: ${eventText(event.event)}`;
        case 'event-changed':
            return `Event changed (${event.fields.join(', ')}): ${eventText(event.event)}`;
        case 'project-added':
            return `Project added: ${event.name} (${event.status})`;
        case 'project-changed': {
            const status = event.status ? `: status ${event.status.from} → ${event.status.to}` : '';
            return `Project ${event.name} changed${status}${event.fields.length ? `${status ? ';' : ':'} ${event.fields.join(', ')}` : ''}`;
        }
        case 'report-submitted':
        case 'report-changed':
            return `${event.kind === 'report-submitted' ? 'Report submitted' : 'Report changed'}: ${event.report?.kind ?? 'report'} ${event.report?.period ?? ''} (${event.document})`;
        case 'lab-registered':
            return `Lab registered: ${event.name ?? event.path}${event.city !== undefined ? ` (${event.city}, ${event.province ?? ''})` : ''}`;
        case 'lab-changed':
            return `lab.yaml changed: ${event.fields.join(', ')}`;
        case 'removed':
            return `Removed ${event.record} ${event.name ?? event.path} (${event.path})`;
        case 'renamed':
            return `Renamed ${event.from} to ${event.path}`;
        case 'file': {
            const name = RECORD_NAMES[event.record];
            return name ? `${name} ${event.path} ${event.status}` : `${event.path} ${event.status}`;
        }
    }
}
/** Who may change what, as `cil review` checks it (src/commands/review.ts, `mayChange`). */
const RIGHTS = "any active member of a lab may change its folder, lab.yaml included, and only the core team anything else; the base branch's records say who is who";
/** What the reviewer should check, from what the change holds. */
export function reviewChecklist(result) {
    const events = result.story.labs.flatMap((lab) => lab.events);
    const has = (test) => events.some(test);
    const items = [
        result.summary.errors === 0 ? 'The audit finds no errors in the change.' : `The audit finds ${result.summary.errors} error(s): the author fixes them before merging.`,
        result.authority !== undefined
            ? result.unauthorized.length === 0
                ? 'The author may change every file they changed.'
                : `${result.unauthorized.length} file(s) are outside what the author may change (${RIGHTS}): a lead of that lab or the core team approves.`
            : 'Check that the author belongs to the labs they changed (no --author was given).',
    ];
    if (has((event) => event.kind === 'member-joined'))
        items.push('New members: names and roles look right, and no contact details were recorded.');
    if (has((event) => event.kind === 'event-recorded' || event.kind === 'event-changed' || (event.kind === 'file' && event.record === 'event'))) {
        items.push('Events: dates, kinds and head counts are plausible.');
    }
    if (has((event) => event.kind === 'report-submitted' || event.kind === 'report-changed'))
        items.push("Reports: read the rendered documents; the narrative is the lab's own.");
    if (has((event) => event.kind === 'member-changed' && (event.warned.length > 0 || event.offboarded !== undefined || event.reinstated !== undefined))) {
        items.push('Warnings and offboarding follow the handbook: dated, with reasons, and a handover.');
    }
    if (result.story.network.length > 0)
        items.push("Changes outside the labs (settings, templates, workflows) are the core team's to approve.");
    return items;
}
const networkLine = (entry) => `${entry.path} ${entry.status}${entry.from ? ` (from ${entry.from})` : ''}`;
/** A path of the repository as a web address's path: every segment encoded, parentheses too. */
const urlPath = (path) => path.split('/').map((segment) => encodeURIComponent(segment).replace(/[()!*']/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
/**
 * A review as Markdown for a pull-request comment: the story, who may change what, the audit,
 * a checklist. Everything that comes from the change (file names, names, titles, reasons) is
 * made safe (safe-text.ts): no file or record can restructure the comment, ping anyone or
 * show an image.
 */
export function formatReviewMarkdown(result) {
    const link = (path) => (result.linkBase ? `[${codeSpan(path)}](${result.linkBase}${urlPath(path)})` : codeSpan(path));
    const lines = [`## cil review: ${result.changes.length} file${result.changes.length === 1 ? '' : 's'} changed since ${result.base}`, ''];
    if (result.author !== undefined) {
        const authority = result.authority;
        const roles = authority?.coreTeam
            ? ['core team']
            : [
                ...(authority?.leads.length ? [`lead of lab ${authority.leads.join(', ')}`] : []),
                ...(authority && authority.labs.some((lab) => !authority.leads.includes(lab))
                    ? [`active member of lab ${authority.labs.filter((lab) => !authority.leads.includes(lab)).join(', ')}`]
                    : []),
            ];
        const who = roles.length > 0 ? roles.join('; ') : 'not an active member of the labs changed, nor of the core team';
        lines.push(`**Author:** ${codeSpan(`@${result.author.replace(/^@/, '')}`)} (${who})`, '');
        if (result.unauthorized.length > 0) {
            lines.push(`⚠️ **Outside what the author may change** (${RIGHTS}):`, '');
            lines.push(...result.unauthorized.map((path) => `- ${link(path)}`), '');
        }
    }
    for (const lab of result.story.labs) {
        lines.push(`### Lab ${commentText(lab.lab)}`, '');
        for (const event of lab.events) {
            const document = (event.kind === 'report-submitted' || event.kind === 'report-changed') ? event.document : undefined;
            const text = describeEvent(event);
            lines.push(document && text.endsWith(`(${document})`)
                ? `- ${commentText(text.slice(0, -document.length - 2))}(${link(document)})`
                : `- ${commentText(text)}`);
        }
        if (lab.documents.length > 0)
            lines.push(`- Rendered documents: ${lab.documents.map(link).join(', ')}`);
        lines.push('');
    }
    if (result.story.network.length > 0) {
        lines.push('### For the core team', '', ...result.story.network.map((entry) => `- ${commentText(networkLine(entry))}`), '');
    }
    lines.push(formatMarkdown({ root: '', findings: result.findings, summary: result.summary, checkedFiles: [], exitCode: 0 }, { color: false, repoPrefix: '', version: '' }).replace(/^### (✅ )?cil audit: /, '### $1Audit of the change: '));
    lines.push('### Reviewer checklist', '', ...reviewChecklist(result).map((item) => `- [ ] ${item}`), '');
    return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
export function formatReviewJson(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}
