import { frame, linkFrom } from './pages.js';
import { pagingContext } from './paging.js';
import { dashboardPage } from './paths.js';
import { clean } from './public-lab.js';
// The dashboard's context: every lab against the handbook, as `cil status` has it, with each
// number linked to the page with the records behind it and the path of its figure in
// `cil status --format json` (`data-status`), so a test can hold the two side by side.
export function dashboardContext(site, labs, path, paging) {
    const link = linkFrom(path);
    const mark = (met) => (met === true ? 'yes' : met === false ? 'no' : 'not yet');
    const rows = labs.map((lab) => {
        const { checklist, roles, attention } = lab.status;
        const page = link(lab.href);
        const events = link(lab.pastEventsHref);
        const cell = (met, text, href, statusPath, value) => ({
            met: mark(met),
            text,
            href,
            path: statusPath,
            value: JSON.stringify(value),
        });
        const women = checklist.women;
        return {
            id: lab.id,
            name: clean(lab.record.name),
            href: page,
            status: lab.record.status,
            cells: [
                cell(checklist.activeLead.met, String(checklist.activeLead.leads.length), `${page}#leads`, 'checklist.activeLead.leads.length', checklist.activeLead.leads.length),
                cell(checklist.activeMembers.met, String(checklist.activeMembers.count), `${page}#numbers`, 'checklist.activeMembers.count', checklist.activeMembers.count),
                checklist.labMeetings.lastMonth === null
                    ? cell(null, '–', events, 'checklist.labMeetings.lastMonth', null)
                    : cell(checklist.labMeetings.met, String(checklist.labMeetings.lastMonth.count), events, 'checklist.labMeetings.lastMonth.count', checklist.labMeetings.lastMonth.count),
                cell(checklist.communityEvents.met, String(checklist.communityEvents.count), events, 'checklist.communityEvents.count', checklist.communityEvents.count),
                cell(checklist.reports.met, `${checklist.reports.onTime} of ${checklist.reports.due}`, `${page}#reports`, 'checklist.reports.onTime', checklist.reports.onTime),
                cell(checklist.partners.met, `${checklist.partners.withMou} of ${checklist.partners.total}`, `${page}#partners`, 'checklist.partners.withMou', checklist.partners.withMou),
                cell(checklist.projects.met, `${checklist.projects.active} + ${checklist.projects.completed}`, `${page}#projects`, 'checklist.projects.active', checklist.projects.active),
                cell(women.met, women.share === null ? '–' : `${Math.round(women.share * 100)}%`, `${page}#numbers`, 'checklist.women.share', women.share),
            ],
            roles: [
                cell(null, String(roles.deliveryLead.redeployments), `${page}#projects`, 'roles.deliveryLead.redeployments', roles.deliveryLead.redeployments),
                cell(null, String(roles.communityOrganizer.newMembers), `${page}#numbers`, 'roles.communityOrganizer.newMembers', roles.communityOrganizer.newMembers),
                cell(null, String(roles.storyteller.stories), `${page}#reports`, 'roles.storyteller.stories', roles.storyteller.stories),
                cell(null, String(roles.storyteller.links), events, 'roles.storyteller.links', roles.storyteller.links),
            ],
            attention: attentionOf(lab.status),
            followUps: attention.length,
        };
    });
    const { policy } = site.settings;
    return {
        ...frame(site, path, 'Dashboard: every lab against the handbook', 'dashboard'),
        rows,
        policy: {
            meetings: policy.meetups_per_month,
            communityEvents: policy.community_events_per_quarter,
            women: policy.women_participation_target,
            monthlyDueDay: policy.monthly_report_due_day,
            quarterlyDueDay: policy.quarterly_report_due_day,
            missedInARow: policy.inactivity_missed_in_a_row,
        },
        needsAttention: rows.filter((row) => row.attention.length > 0),
        // `labs`, as the dashboard's templates have always named the number of labs in all.
        paging: { ...pagingContext(paging, labs.length, (page) => link(dashboardPage(page))), labs: paging.total },
    };
}
/** What needs attention in a lab, in words, without naming anyone. */
function attentionOf(status) {
    const { checklist } = status;
    const items = [];
    if (!checklist.activeLead.met)
        items.push('no active lead');
    if (!checklist.activeMembers.met)
        items.push(`${checklist.activeMembers.count} active members, fewer than ${checklist.activeMembers.target}`);
    if (checklist.labMeetings.met === false && checklist.labMeetings.lastMonth) {
        items.push(`${checklist.labMeetings.lastMonth.count} lab meetings in ${checklist.labMeetings.lastMonth.label}, fewer than ${checklist.labMeetings.target}`);
    }
    if (checklist.reports.missing > 0)
        items.push(`${checklist.reports.missing} ${checklist.reports.missing === 1 ? 'report' : 'reports'} missing`);
    if (checklist.reports.late > 0)
        items.push(`${checklist.reports.late} ${checklist.reports.late === 1 ? 'report' : 'reports'} late`);
    if (!checklist.partners.met)
        items.push('no partner with a signed MoU');
    if (!checklist.projects.met)
        items.push('no active or completed project');
    if (checklist.women.met === false)
        items.push(`women's share below the ${Math.round(checklist.women.target * 100)}% target`);
    const followUps = status.attention.length;
    if (followUps > 0)
        items.push(`${followUps} ${followUps === 1 ? 'member is' : 'members are'} due a follow-up under the attendance rules`);
    return items;
}
