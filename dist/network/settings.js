import { siteAddress } from '../text/site-address.js';
/** The CIL handbook's thresholds, used wherever cil.yaml's `policy` is silent. */
export const HANDBOOK_POLICY = {
    lead_weekly_hours: 5,
    member_weekly_hours: 4,
    community_events_per_quarter: 1,
    meetups_per_month: 1,
    monthly_report_due_day: 7,
    quarterly_report_due_day: 15,
    citizen_meetings_per_quarter: 1,
    mentor_check_in_within_days: 30,
    inactivity_missed_in_a_row: 2,
    warnings_before_offboarding: 2,
    women_participation_target: 0.25,
    accepted_licenses: [],
};
export const DEFAULT_TIMEZONE = 'Asia/Karachi';
/**
 * The network's settings with the handbook's defaults filled in. An invalid cil.yaml is
 * reported by the audit; until it is fixed, the defaults apply.
 */
export function resolveSettings(config) {
    const record = config.record;
    return {
        network: record?.network ?? 'Civic Innovation Labs',
        timezone: record?.timezone ?? DEFAULT_TIMEZONE,
        coreTeam: record?.core_team ?? [],
        siteUrl: siteUrlOf(record?.site_url),
        policy: { ...HANDBOOK_POLICY, ...record?.policy },
        severities: { ...record?.rules },
    };
}
/** cil.yaml's `site_url` as a folder's address; undefined when it is missing, or no https address (the audit says so). */
function siteUrlOf(value) {
    return typeof value === 'string' && /^https:\/\//.test(value) && URL.canParse(value) ? siteAddress(value) : undefined;
}
