// Generated from schemas/*.schema.json by scripts/generate-types.js; do not edit.
// Run `npm run types` after changing a schema.

/**
 * Member ids of the lab's lead(s): organizers or managers.
 *
 * @minItems 1
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList = string[];
/**
 * The civic issues they care about, one each (e.g. water supply, public transport).
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList = string[];
/**
 * Member ids of the people who organised the event.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList1 = string[];
/**
 * Partner ids (from lab.yaml) who took part; for a `training`, the government departments whose officials were trained.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList2 = string[];
/**
 * Member ids of those who came.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList3 = string[];
/**
 * Member ids of those absent with notice given beforehand.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList4 = string[];
/**
 * Ids of the lab's active citizens (labs/<lab>/citizens/) the lab met at the event.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList5 = string[];
/**
 * What the lab learned, one point each.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList1 = string[];
/**
 * Photos, slides, recordings or write-ups.
 *
 * Items: A web address starting with https:// or http://.
 */
export type UrlList = string[];
/**
 * Member ids of the people who wrote the report.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList6 = string[];
/**
 * What went well, one point each.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList2 = string[];
/**
 * What is in the way, and what help is needed.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList3 = string[];
/**
 * What the lab will do next.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList4 = string[];
/**
 * Links to video updates, demonstrations or case studies.
 *
 * Items: A web address starting with https:// or http://.
 */
export type UrlList1 = string[];
/**
 * Key takeaways from the period's events and meetups.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList5 = string[];
/**
 * What was hard, one point each.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList6 = string[];
/**
 * Lessons learned, one point each.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList7 = string[];
/**
 * Summaries of user needs, one point each.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList8 = string[];
/**
 * Insights from interviews and testing sessions.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList9 = string[];
/**
 * What the project achieved.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList10 = string[];
/**
 * Recommendations for future projects.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList11 = string[];
/**
 * Who wrote the report, by name (the network's core team, or lab leads of any lab).
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList12 = string[];
/**
 * Stories of the year's work, one each: a lab, a project, a partner, the people it changed things for.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList13 = string[];
/**
 * Who the network thanks: funders, partners, mentors, volunteers.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList14 = string[];

export interface Records {
  cil?: NetworkConfig;
  lab?: LabRecord;
  member?: MemberRecord;
  citizen?: CitizenRecord;
  event?: EventRecord;
  project?: ProjectRecord;
  report?: ReportRecord;
  "impact-report"?: ImpactReportRecord;
}
/**
 * The network's name, time zone, core team, the handbook's policy thresholds and per-rule severities. Lives at the root of the network repo.
 */
export interface NetworkConfig {
  /**
   * The network's name (e.g. Code for Pakistan Civic Innovation Labs).
   */
  network: string;
  /**
   * The IANA time zone in which dates and deadlines are judged (default Asia/Karachi).
   */
  timezone?: string;
  /**
   * GitHub handles of CfP's core team, who may review and change anything in the network repo.
   *
   * Items: A GitHub user name, without the @ (e.g. ayeshak).
   */
  core_team?: string[];
  /**
   * The address the network's website is published at, starting with https:// (e.g. https://cfp-labs.github.io/network/); without a query or fragment. An address without a final slash means the same folder (https://cfp-labs.github.io/network).
   */
  site_url?: string;
  /**
   * The accountability thresholds; every key is optional and defaults to the CIL handbook's value.
   */
  policy?: {
    /**
     * Hours a week a lab lead commits to (handbook: 5).
     */
    lead_weekly_hours?: number;
    /**
     * Hours a week each core role reports (handbook: 4).
     */
    member_weekly_hours?: number;
    /**
     * Events a quarter that bring citizens and technologists together (handbook: 1).
     */
    community_events_per_quarter?: number;
    /**
     * Lab meetings a month (handbook: at least monthly, 1).
     */
    meetups_per_month?: number;
    /**
     * Day of the following month by which the monthly progress update is due (default 7).
     */
    monthly_report_due_day?: number;
    /**
     * Day of the month after a quarter ends by which the quarterly events-and-meetups report is due (default 15).
     */
    quarterly_report_due_day?: number;
    /**
     * Events a quarter at which a lab that lists active citizens meets at least one of them (`citizens_met`) (default 1).
     */
    citizen_meetings_per_quarter?: number;
    /**
     * Days after a quarter in which a lab that fell behind in it holds a `mentor-check-in` event (default 30).
     */
    mentor_check_in_within_days?: number;
    /**
     * Lab meetings missed in a row without notice that count as inactivity (handbook: 2).
     */
    inactivity_missed_in_a_row?: number;
    /**
     * Formal warnings after which persistent inactivity leads to offboarding (handbook: 2).
     */
    warnings_before_offboarding?: number;
    /**
     * Target share of women among members and event audiences, from 0 to 1 (default 0.25).
     */
    women_participation_target?: number;
    /**
     * SPDX licence ids accepted for project code besides the Blue Oak Council's list of permissive licences (for example MPL-2.0).
     *
     * Items: An SPDX licence id, checked against the SPDX list.
     */
    accepted_licenses?: string[];
  };
  /**
   * Changes an audit rule's severity, or turns it off, by rule id.
   */
  rules?: {
    /**
     * How seriously a rule's findings count: off (not checked), info, warning or error.
     */
    [k: string]: "off" | "info" | "warning" | "error";
  };
}
/**
 * A Civic Innovation Lab: its city, status, leads, channels, partners and OKRs. The folder name is the lab's id.
 */
export interface LabRecord {
  /**
   * The lab's name (e.g. Civic Innovation Lab Peshawar).
   */
  name: string;
  /**
   * The city the lab serves.
   */
  city: string;
  /**
   * The province or territory of the lab's city.
   */
  province:
    | "Balochistan"
    | "Khyber Pakhtunkhwa"
    | "Punjab"
    | "Sindh"
    | "Gilgit-Baltistan"
    | "Azad Jammu and Kashmir"
    | "Islamabad Capital Territory";
  /**
   * The date the lab started; the accountability rules judge from here.
   */
  founded: string;
  /**
   * Where the lab stands: forming, active, recognized, dormant or closed.
   */
  status: "forming" | "active" | "recognized" | "dormant" | "closed";
  leads: SlugList;
  /**
   * A sentence or two on what the lab works on.
   */
  description?: string;
  /**
   * Where the lab talks and keeps its files, by name (e.g. slack: "#cil-peshawar", drive: https://...). No personal phone numbers or e-mail addresses.
   */
  channels?: {
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    [k: string]: string;
  };
  /**
   * Event kinds that count as lab meetings for attendance and inactivity (default: meetup, hack-night, cfp-call).
   *
   * @minItems 1
   *
   * Items: What kind of event it was; a `training` trains government officials (its `audience.government` counts them).
   */
  meeting_kinds?: (
    | "meetup"
    | "hack-night"
    | "innovation-night"
    | "workshop"
    | "hackathon"
    | "community-event"
    | "partner-meeting"
    | "cfp-call"
    | "demo-day"
    | "training"
    | "mentor-check-in"
  )[];
  /**
   * Organisations the lab works with: government, nonprofits, media, academia.
   */
  partners?: {
    /**
     * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
     */
    id: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    name: string;
    /**
     * What kind of organisation the partner is.
     */
    kind?: "government" | "nonprofit" | "media" | "academia" | "private";
    /**
     * The date a memorandum of understanding with the partner was signed.
     */
    mou_signed?: string;
    /**
     * The partner's website.
     */
    website?: string;
  }[];
  /**
   * The lab's objectives and key results, agreed with CfP.
   */
  okrs?: {
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    objective: string;
    /**
     * How progress towards the objective is measured.
     */
    key_results?: {
      /**
       * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
       */
      description: string;
      /**
       * The value aimed for.
       */
      target?: number;
      /**
       * Where it stands now.
       */
      current?: number;
    }[];
  }[];
}
/**
 * One person in a lab: roles, commitment and life cycle. The file name is the member's id. Contact details never go here: keep them in private/.
 */
export interface MemberRecord {
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  name: string;
  /**
   * A GitHub user name, without the @ (e.g. ayeshak).
   */
  github?: string;
  /**
   * The date the person joined the lab.
   */
  joined: string;
  /**
   * The roles the person holds or held, each with its dates.
   *
   * @minItems 1
   */
  roles: {
    /**
     * The role, as the handbook names it.
     */
    role:
      | "organizer"
      | "manager"
      | "delivery-lead"
      | "community-organizer"
      | "storyteller"
      | "technologist"
      | "liaison-lead"
      | "content-writer"
      | "member";
    /**
     * The date the person took the role (default: joined).
     */
    since?: string;
    /**
     * The date the person left the role, if they did.
     */
    until?: string;
  }[];
  /**
   * Hours a week the person commits (handbook: 5 for a lead, 4 for a core role).
   */
  weekly_hours?: number;
  /**
   * What the person brings (e.g. design, data, community, writing).
   *
   * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  skills?: string[];
  /**
   * Optional and self-described: woman, man, non-binary or undisclosed.
   */
  gender?: "woman" | "man" | "non-binary" | "undisclosed";
  /**
   * active, offboarded or alumni.
   */
  status: "active" | "offboarded" | "alumni";
  /**
   * Formal warnings for inactivity, oldest first.
   */
  warnings?: {
    /**
     * The date the warning was given.
     */
    date: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    reason: string;
  }[];
  /**
   * When status is offboarded: when, why, and how the person's work was handed over.
   */
  offboarded?: {
    /**
     * The date the person was offboarded.
     */
    date: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    reason: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    handover?: string;
  };
  /**
   * When status is alumni: when the person left the lab of their own accord (not a sanction), and why if they said.
   */
  left?: {
    /**
     * The day the person left; their roles end on it.
     */
    date: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    reason?: string;
  };
  /**
   * Successful appeals after offboarding, with the terms agreed.
   */
  reinstated?: {
    /**
     * The date the person was reinstated.
     */
    date: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    terms: string;
  }[];
}
/**
 * A local active citizen the lab meets to understand civic problems, listed with their consent. The file name is the citizen's id. No field can hold contact details: where a lab needs them, they stay in private/, which git ignores.
 */
export interface CitizenRecord {
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  name: string;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  area?: string;
  interests?: TextList;
  /**
   * The date the person agreed to be listed in the lab's public records.
   */
  consent: string;
  /**
   * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
   */
  met_at?: string;
  /**
   * active while the lab meets them; inactive once it no longer does (or they asked to step back).
   */
  status: "active" | "inactive";
}
/**
 * One event the lab held or took part in, with attendance of lab members and head counts of everyone. The file name starts with the event's date.
 */
export interface EventRecord {
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  title: string;
  /**
   * What kind of event it was; a `training` trains government officials (its `audience.government` counts them).
   */
  kind:
    | "meetup"
    | "hack-night"
    | "innovation-night"
    | "workshop"
    | "hackathon"
    | "community-event"
    | "partner-meeting"
    | "cfp-call"
    | "demo-day"
    | "training"
    | "mentor-check-in";
  /**
   * The day of the event; must agree with the date the file name starts with.
   */
  date: string;
  /**
   * When the event starts, HH:MM in the network's time zone (cil.yaml `timezone`). Without it the event lasts all day.
   */
  starts?: string;
  /**
   * When the event ends, HH:MM in the network's time zone: on `date`, or on `until` for an event over several days. Needs `starts`.
   */
  ends?: string;
  /**
   * The last day of an event held over several days (a hackathon); `date` is its first.
   */
  until?: string;
  /**
   * true when the event was held online.
   */
  online?: boolean;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  venue?: string;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  description?: string;
  organizers?: SlugList1;
  partners?: SlugList2;
  /**
   * Lab members at the event. An active member who is in neither list missed it.
   */
  attendance?: {
    present?: SlugList3;
    excused?: SlugList4;
  };
  /**
   * Head counts of everyone who came, lab members included. A person may be counted in more than one group.
   */
  audience?: {
    /**
     * Citizens who came.
     */
    citizens?: number;
    /**
     * Technologists (developers, designers, data people) who came.
     */
    technologists?: number;
    /**
     * Government officials who came; at a `training`, the officials trained.
     */
    government?: number;
    /**
     * Women among everyone who came.
     */
    women?: number;
  };
  citizens_met?: SlugList5;
  takeaways?: TextList1;
  links?: UrlList;
}
/**
 * A civic technology project of the lab, from discovery to handover. The file name is the project's id.
 */
export interface ProjectRecord {
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  name: string;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  problem?: string;
  /**
   * discovery, building, launched, handed-over, closed or abandoned.
   */
  status: "discovery" | "building" | "launched" | "handed-over" | "closed" | "abandoned";
  /**
   * The date work started.
   */
  started?: string;
  /**
   * The date the project was closed, handed over or abandoned.
   */
  ended?: string;
  /**
   * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
   */
  partner?: string;
  /**
   * The date the MoU with the partner department was signed; due before building starts.
   */
  mou_signed?: string;
  /**
   * Lab members on the project and what they do.
   */
  team?: {
    /**
     * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
     */
    member: string;
    /**
     * The member's role on the project.
     */
    role?:
      | "organizer"
      | "manager"
      | "delivery-lead"
      | "community-organizer"
      | "storyteller"
      | "technologist"
      | "liaison-lead"
      | "content-writer"
      | "member";
  }[];
  /**
   * A web address starting with https:// or http://.
   */
  repository?: string;
  /**
   * An SPDX licence id, checked against the SPDX list.
   */
  license?: string;
  /**
   * A web address starting with https:// or http://.
   */
  website?: string;
  /**
   * Key performance indicators with targets and actual values.
   */
  kpis?: Kpi[];
  /**
   * Other labs that deployed this project in their city.
   */
  redeployments?: {
    /**
     * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
     */
    lab: string;
    /**
     * The date of the redeployment.
     */
    date?: string;
  }[];
}
/**
 * A key performance indicator with its target and the latest measured value.
 */
export interface Kpi {
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  name: string;
  /**
   * The value aimed for.
   */
  target?: number;
  /**
   * The latest measured value (the last of `history`, when there is one).
   */
  actual?: number;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  unit?: string;
  /**
   * The values measured over time, oldest first, newest last; reports read the value as of their period's end. Optional: a KPI with only `actual` counts as that value.
   */
  history?: {
    /**
     * The day the value was measured.
     */
    date: string;
    /**
     * The value measured that day.
     */
    value: number;
  }[];
}
/**
 * The part of a report that people write: its narrative. Figures (events, head counts, members, projects) are computed from the records when the report's document (<name>.md) is rendered. Each kind has its own fields: the report is exactly one of the kinds below, told apart by `kind`.
 */
export interface ReportRecord {
  /**
   * monthly, quarterly, midyear, annual, discovery or closure; must agree with the file name.
   */
  kind: "monthly" | "quarterly" | "midyear" | "annual" | "discovery" | "closure";
  /**
   * The period reported on: 2026-11 (monthly), 2026-Q4 (quarterly), 2026-H1 (midyear) or 2026 (annual). Discovery and closure reports name a project instead.
   */
  period?: string | number;
  /**
   * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
   */
  project?: string;
  /**
   * The date the report was submitted to CfP.
   */
  submitted?: string;
  authors?: SlugList6;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  summary?: string;
  successes?: TextList2;
  blockers?: TextList3;
  next_steps?: TextList4;
  videos?: UrlList1;
  /**
   * For monthly reports: the hours each core member reports for the month, by member id (e.g. ayesha-khan: 22). The handbook asks 4 hours a week of each role and 5 of a lead.
   */
  hours?: {
    [k: string]: number;
  };
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  story?: string;
  takeaways?: TextList5;
  challenges?: TextList6;
  lessons?: TextList7;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  problem_statement?: string;
  user_needs?: TextList8;
  insights?: TextList9;
  /**
   * Key performance indicators proposed for the solution.
   */
  kpis?: Kpi[];
  /**
   * Visual artifacts of the research: personas, issue maps, journey maps.
   */
  artifacts?: {
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    title: string;
    /**
     * persona, issue-map, journey-map, interview-notes or other.
     */
    kind?: "persona" | "issue-map" | "journey-map" | "interview-notes" | "other";
    /**
     * A web address starting with https:// or http://.
     */
    url: string;
  }[];
  /**
   * Weekly summaries of activities and findings during discovery.
   */
  weekly_summaries?: {
    /**
     * The first day of the week summarised.
     */
    week: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    summary: string;
  }[];
  outcomes?: TextList10;
  recommendations?: TextList11;
}
/**
 * The part of the network's annual impact report that people write: its narrative. Every figure (labs, members, events, people reached, officials trained, departments, digital solutions, impact figures) is computed from every lab's records when its document (the Markdown file of the same name beside it) is rendered.
 */
export interface ImpactReportRecord {
  /**
   * impact: the network's annual impact report.
   */
  kind: "impact";
  /**
   * The year reported on (e.g. 2026); must agree with the file name.
   */
  year: number;
  /**
   * The date the report was published.
   */
  submitted?: string;
  authors?: TextList12;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  summary?: string;
  stories?: TextList13;
  acknowledgements?: TextList14;
}
