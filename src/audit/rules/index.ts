import type { Rule } from '../types.js';
import { attendanceRecordedRule } from './attendance-recorded.js';
import { attendanceWhileMember } from './attendance-while-member.js';
import { beforeFounding } from './before-founding.js';
import { citizenMeetings } from './citizen-meetings.js';
import { closureReport } from './closure-report.js';
import { codeowners } from './codeowners.js';
import { communityEventPerQuarter } from './community-event-per-quarter.js';
import { eventTimes } from './event-times.js';
import { fileName } from './file-name.js';
import { headCounts } from './head-counts.js';
import { hoursReported } from './hours-reported.js';
import { impactReportStale } from './impact-report-stale.js';
import { inactiveMember } from './inactive-member.js';
import { labHasLead } from './lab-has-lead.js';
import { meetupsPerMonth } from './meetups-per-month.js';
import { mentorCheckInDue } from './mentor-check-in-due.js';
import { monthlyReportDue } from './monthly-report-due.js';
import { notYetHappened } from './not-yet-happened.js';
import { offboardingDue } from './offboarding-due.js';
import { personalData } from './personal-data.js';
import { privateNotTracked } from './private-not-tracked.js';
import { projectMou } from './project-mou.js';
import { projectOpenSource } from './project-open-source.js';
import { quarterlyReportDue } from './quarterly-report-due.js';
import { reference } from './reference.js';
import { reportStale } from './report-stale.js';
import { schema } from './schema.js';
import { womenParticipation } from './women-participation.js';
import { yamlSyntax } from './yaml-syntax.js';

/** Every audit rule: the integrity rules first, then plausibility (what cannot be so), then the handbook's accountability rules. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  fileName,
  reference,
  reportStale,
  impactReportStale,
  personalData,
  privateNotTracked,
  headCounts,
  eventTimes,
  attendanceWhileMember,
  notYetHappened,
  beforeFounding,
  labHasLead,
  meetupsPerMonth,
  communityEventPerQuarter,
  monthlyReportDue,
  quarterlyReportDue,
  inactiveMember,
  offboardingDue,
  citizenMeetings,
  mentorCheckInDue,
  attendanceRecordedRule,
  projectMou,
  projectOpenSource,
  closureReport,
  womenParticipation,
  hoursReported,
  codeowners,
];
