import type { EventRecord, LabRecord, MemberRecord } from '../schema/records.generated.js';
import type { Policy } from './settings.js';

/** Event kinds that count as lab meetings when a lab does not say (DESIGN: meetup, hack-night, cfp-call). */
export const DEFAULT_MEETING_KINDS: readonly string[] = ['meetup', 'hack-night', 'cfp-call'];

/** The event kinds that count for attendance in a lab. */
export function meetingKinds(lab: LabRecord | undefined): readonly string[] {
  return lab?.meeting_kinds ?? DEFAULT_MEETING_KINDS;
}

export function isMeeting(event: EventRecord, lab: LabRecord | undefined): boolean {
  return meetingKinds(lab).includes(event.kind);
}

/** An event "brings citizens and technologists together" when both head counts are above zero. */
export function bringsCitizensAndTechnologists(event: EventRecord): boolean {
  return (event.audience?.citizens ?? 0) > 0 && (event.audience?.technologists ?? 0) > 0;
}

/**
 * The last day a member was part of the lab, if they left: the offboarding date, or for
 * alumni the day their last role ended. Undefined while they are active (or when an
 * alumnus's roles carry no end date).
 */
export function leftOn(member: MemberRecord): string | undefined {
  if (member.status === 'offboarded') return member.offboarded?.date;
  if (member.status === 'alumni') {
    const ends = member.roles.map((role) => role.until).filter((until): until is string => until !== undefined);
    return ends.length === member.roles.length && ends.length > 0 ? ends.sort().at(-1) : undefined;
  }
  return undefined;
}

/**
 * Whether a member was part of the lab on a day: joined by then and not yet gone. An
 * offboarded member is gone from the offboarding day; an alumnus until their last role's
 * `until` day, inclusive.
 */
export function activeOn(member: MemberRecord, date: string): boolean {
  if (member.joined > date) return false;
  if (member.status === 'active') return true;
  const left = leftOn(member);
  if (left === undefined) return false;
  return member.status === 'offboarded' ? date < left : date <= left;
}

/** The roles a member held on a day. */
export function rolesOn(member: MemberRecord, date: string): MemberRecord['roles'][number]['role'][] {
  return member.roles
    .filter((role) => (role.since ?? member.joined) <= date && (role.until === undefined || role.until >= date))
    .map((role) => role.role);
}

/**
 * The weekly hours the handbook asks of a member: the lead's commitment for organizers,
 * managers and the lab's leads, the core roles' commitment for every other role but
 * plain `member`, which carries none.
 */
export function expectedWeeklyHours(
  id: string,
  member: MemberRecord,
  lab: LabRecord | undefined,
  date: string,
  policy: Policy,
): number | undefined {
  const roles = rolesOn(member, date);
  if (lab?.leads.includes(id) || roles.some((role) => role === 'organizer' || role === 'manager')) return policy.lead_weekly_hours;
  if (roles.some((role) => role !== 'member')) return policy.member_weekly_hours;
  return undefined;
}
