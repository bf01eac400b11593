import { formatDay } from '../calendar/format.js';
import type { EventRecord, LabRecord, MemberRecord } from '../schema/records.generated.js';
import type { Policy } from '../network/settings.js';

/** Event kinds that count as lab meetings when a lab does not say (meetups, hack nights and CfP calls). */
export const DEFAULT_MEETING_KINDS: readonly string[] = ['meetup', 'hack-night', 'cfp-call'];

/** The event kinds that count for attendance in a lab. */
export function meetingKinds(lab: LabRecord | undefined): readonly string[] {
  return lab?.meeting_kinds ?? DEFAULT_MEETING_KINDS;
}

export function isMeeting(event: EventRecord, lab: LabRecord | undefined): boolean {
  return meetingKinds(lab).includes(event.kind);
}

/** The people an event's head counts count: citizens, technologists and government officials (women are among them). */
export function headCount(audience: EventRecord['audience']): number {
  const { citizens = 0, technologists = 0, government = 0 } = audience ?? {};
  return citizens + technologists + government;
}

/** An event "brings citizens and technologists together" when both head counts are above zero. */
export function bringsCitizensAndTechnologists(event: EventRecord): boolean {
  return (event.audience?.citizens ?? 0) > 0 && (event.audience?.technologists ?? 0) > 0;
}

/**
 * The last day a member was part of the lab, if they left: the offboarding date, or for
 * alumni the day they left (`left`, as `cil member leave` writes it; else the day their
 * last role ended). Undefined while they are active (or when an alumnus's roles carry no
 * end date).
 */
export function leftOn(member: MemberRecord): string | undefined {
  if (member.status === 'offboarded') return member.offboarded?.date;
  if (member.status === 'alumni') {
    if (member.left) return member.left.date;
    const ends = member.roles.map((role) => role.until).filter((until): until is string => until !== undefined);
    return ends.length === member.roles.length && ends.length > 0 ? ends.sort().at(-1) : undefined;
  }
  return undefined;
}

/**
 * Whether a member was part of the lab on a day: joined by then and not gone. An offboarded
 * member is gone from the offboarding day until a reinstatement; an alumnus is part of the
 * lab through their last role's `until` day.
 */
export function activeOn(member: MemberRecord, date: string): boolean {
  if (member.joined > date) return false;
  const offboarded = member.offboarded?.date;
  if (offboarded !== undefined && offboarded <= date) {
    const back = reinstatedAfter(member, offboarded);
    if (back === undefined || back > date) return false;
  }
  if (member.status === 'active') return true;
  if (member.status === 'offboarded') return offboarded !== undefined && date < offboarded;
  const left = leftOn(member);
  return left !== undefined && date <= left;
}

/**
 * Why a member cannot have been at a lab event on a day, if they cannot: they had not
 * joined yet (`on` is the day they joined), or had been offboarded and not yet reinstated,
 * or had left (`on` is that day). The day they were offboarded or left is still theirs.
 */
export function outsideLabOn(member: MemberRecord, date: string): { why: 'not-joined' | 'offboarded' | 'left'; on: string } | undefined {
  if (date < member.joined) return { why: 'not-joined', on: member.joined };
  const offboarded = member.offboarded?.date;
  if (offboarded !== undefined && offboarded < date) {
    const back = reinstatedAfter(member, offboarded);
    if (back === undefined || back > date) return { why: 'offboarded', on: offboarded };
  }
  const left = member.status === 'alumni' ? leftOn(member) : undefined;
  return left !== undefined && left < date ? { why: 'left', on: left } : undefined;
}

const OUTSIDE = { 'not-joined': 'joined the lab only on', 'offboarded': 'was offboarded on', 'left': 'left the lab on' } as const;

/** Why a member was not part of the lab on a day, in words: `joined the lab only on 16 May 2026`. */
export const outsideLabWords = (outside: NonNullable<ReturnType<typeof outsideLabOn>>): string => `${OUTSIDE[outside.why]} ${formatDay(outside.on)}`;

/** The first reinstatement on or after a day, if any. */
export function reinstatedAfter(member: MemberRecord, date: string): string | undefined {
  return (member.reinstated ?? [])
    .map((entry) => entry.date)
    .filter((day) => day >= date)
    .sort()[0];
}

/** The day of a member's last reinstatement, if any: the handbook's counts start afresh from it. */
export function lastReinstated(member: MemberRecord): string | undefined {
  return (member.reinstated ?? []).map((entry) => entry.date).sort().at(-1);
}

/** Formal warnings that still count: those since the member's last reinstatement. */
export function currentWarnings(member: MemberRecord): NonNullable<MemberRecord['warnings']> {
  const since = lastReinstated(member) ?? '';
  return (member.warnings ?? []).filter((warning) => warning.date >= since).sort((a, b) => (a.date < b.date ? -1 : 1));
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

/**
 * Whether who came to an event was written down. A meeting recorded without `attendance`
 * was held, but whether a member came is unknown.
 */
export function attendanceRecorded(event: EventRecord): event is EventRecord & { attendance: NonNullable<EventRecord['attendance']> } {
  return event.attendance !== undefined;
}

/**
 * Whether a member missed a lab meeting without notice: its attendance was recorded, they
 * were part of the lab that day, and they were neither present nor excused. Attendance not
 * recorded is not a miss: nobody can tell whether they came.
 */
export function missedWithoutNotice(id: string, member: MemberRecord, event: EventRecord): boolean {
  if (!attendanceRecorded(event)) return false;
  const { present = [], excused = [] } = event.attendance;
  return activeOn(member, event.date) && !present.includes(id) && !excused.includes(id);
}

/** What the handbook asks of a member's weekly hours on a day, and whether what they committed meets it. */
export function hoursCommitment(id: string, member: MemberRecord, lab: LabRecord | undefined, date: string, policy: Policy) {
  const expected = expectedWeeklyHours(id, member, lab, date, policy) ?? null;
  const hours = member.weekly_hours ?? null;
  const meets = expected === null ? 'no commitment asked' : hours === null ? 'not recorded' : hours >= expected ? 'yes' : 'below';
  return { hours, expected, meets };
}

/**
 * Women among members, counted among those who gave their gender (woman, man or
 * non-binary): a share of everyone would count the undisclosed as men.
 */
export function womenAmong(members: readonly MemberRecord[]): { women: number; counted: number; share: number | null } {
  const counted = members.filter((member) => member.gender !== undefined && member.gender !== 'undisclosed');
  const women = counted.filter((member) => member.gender === 'woman').length;
  return { women, counted: counted.length, share: counted.length > 0 ? women / counted.length : null };
}

/** How a member stands at one lab meeting, as attendance is recorded. */
export type MeetingAttendance = 'present' | 'excused' | 'missed' | 'not recorded';

/**
 * A member's attendance at a lab meeting: present or excused as its attendance lists say,
 * missed when the handbook counts it a miss without notice, and not recorded when nobody
 * wrote attendance down. Undefined when the member was not part of the lab that day and is
 * on neither list: the meeting was none of theirs.
 */
export function meetingAttendance(id: string, member: MemberRecord, event: EventRecord): MeetingAttendance | undefined {
  const { present = [], excused = [] } = event.attendance ?? {};
  if (present.includes(id)) return 'present';
  if (excused.includes(id)) return 'excused';
  if (!activeOn(member, event.date)) return undefined;
  if (!attendanceRecorded(event)) return 'not recorded';
  return missedWithoutNotice(id, member, event) ? 'missed' : undefined;
}
