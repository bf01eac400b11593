import type { LabStatus } from '../handbook/lab-status.js';
import { projectMouSigned } from '../handbook/projects.js';
import type { Settings } from '../network/settings.js';
import type { NetworkFigures } from './figures.js';
import { type Paging, pagingContext } from './paging.js';
import { DASHBOARD, eventsPage, type EventView, HOME, labCalendar, labPage, rootOf, STYLE_SHEET } from './paths.js';
import { clean, cleanOptional, kindLabel, type PublicEvent, type PublicLab, type PublicReport } from './public-lab.js';
import { reportHtml } from './report-html.js';

// The context of each page, as its template sees it. Links are relative to the page.

export interface SiteFacts {
  name: string;
  asOf: string;
  generator: string;
  /** The address the site is published at, with a trailing slash, or null. */
  baseUrl: string | null;
  settings: Settings;
}

type Section = 'home' | 'labs' | 'events' | 'dashboard';

/**
 * What every page's layout takes: the site, the page's title, where it is and the way back to
 * the root; `dated` for a page that changes with the day it is built as of (upcoming events,
 * the standings), so that the others keep their bytes from one day to the next.
 */
export function frame(site: SiteFacts, path: string, title: string, section: Section, dated = true) {
  const root = rootOf(path);
  return {
    dated,
    site: { name: clean(site.name), asOf: site.asOf, generator: site.generator },
    title,
    section,
    root,
    css: `${root}${STYLE_SHEET}`,
    canonical: site.baseUrl === null ? null : `${site.baseUrl}${path.replace(/index\.html$/, '')}`,
    nav: {
      home: `${root}${HOME}`,
      events: `${root}${eventsPage({ past: false })}`,
      dashboard: `${root}${DASHBOARD}`,
    },
  };
}

export const linkFrom = (from: string) => (to: string) => `${rootOf(from)}${to}`;

function eventItem(event: PublicEvent, from: string) {
  const link = linkFrom(from);
  return { ...event, lab: { ...event.lab, href: link(event.lab.href) } };
}

const MOST_EVENTS = 12;

export function homeContext(site: SiteFacts, labs: readonly PublicLab[], figures: NetworkFigures, path: string) {
  const link = linkFrom(path);
  const provinces = [...new Set(labs.map((lab) => lab.record.province))].sort().map((province) => ({
    name: province,
    labs: labs
      .filter((lab) => lab.record.province === province)
      .map((lab) => {
        const next = lab.events.find((event) => !event.past);
        const { name, city, status } = lab.record;
        return { name: clean(name), city: clean(city), status, href: link(lab.href), next: next ? eventItem(next, path) : null };
      }),
  }));
  const upcoming = labs.flatMap((lab) => lab.events.filter((event) => !event.past));
  upcoming.sort((a, b) => a.date.localeCompare(b.date) || a.lab.id.localeCompare(b.lab.id));
  return {
    ...frame(site, path, clean(site.name), 'home'),
    figures,
    projectStatuses: figures.projectsByStatus.filter((entry) => entry.count > 0),
    provinces,
    nextEvents: upcoming.slice(0, MOST_EVENTS).map((event) => eventItem(event, path)),
    eventsHref: link(eventsPage({ past: false })),
    dashboardHref: link(DASHBOARD),
  };
}

export function labContext(site: SiteFacts, lab: PublicLab, path: string) {
  const link = linkFrom(path);
  const { record, status } = lab;
  const past = lab.events.filter((event) => event.past);
  const calendar = labCalendar(lab.id);
  return {
    ...frame(site, path, clean(record.name), 'labs'),
    lab: {
      id: lab.id,
      name: clean(record.name),
      city: clean(record.city),
      province: record.province,
      status: record.status,
      founded: record.founded,
      description: cleanOptional(record.description),
    },
    leads: status.checklist.activeLead.leads.map(clean),
    numbers: numbersOf(status),
    partners: (record.partners ?? []).map((partner) => ({
      name: clean(partner.name),
      kind: partner.kind ?? null,
      website: partner.website ?? null,
      mouSigned: partner.mou_signed !== undefined && partner.mou_signed <= site.asOf ? partner.mou_signed : null,
    })),
    upcoming: lab.events.filter((event) => !event.past).map((event) => eventItem(event, path)),
    recent: past.slice(-MOST_EVENTS).reverse().map((event) => eventItem(event, path)),
    pastEventsHref: link(lab.pastEventsHref),
    projects: lab.projects.map(({ record: project, href }) => ({ name: clean(project.name), status: project.status, href: link(href) })),
    reports: lab.reports.map((report) => ({ title: report.title, submitted: report.submitted, href: link(report.href) })),
    okrs: (record.okrs ?? []).map((okr) => ({
      objective: clean(okr.objective),
      keyResults: (okr.key_results ?? []).map((result) => ({
        description: clean(result.description),
        target: result.target ?? null,
        current: result.current ?? null,
        share: result.target && result.current !== undefined ? Math.min(1, result.current / result.target) : null,
      })),
    })),
    calendar: { href: link(calendar), subscribe: site.baseUrl === null ? null : `${site.baseUrl.replace(/^https?:/, 'webcal:')}${calendar}` },
  };
}

/** A lab's standing in numbers, as `cil status` has it. */
function numbersOf(status: LabStatus) {
  const { checklist } = status;
  return {
    activeMembers: checklist.activeMembers.count,
    women: checklist.women,
    meetings: checklist.labMeetings,
    communityEvents: checklist.communityEvents,
    quarter: checklist.communityEvents.quarter.split('-').reverse().join(' '),
    reports: checklist.reports,
    roles: status.roles,
  };
}

export function projectContext(
  site: SiteFacts,
  lab: PublicLab & { publicNames: ReadonlyMap<string, string> },
  project: PublicLab['projects'][number],
  labNames: ReadonlyMap<string, string>,
  path: string,
) {
  const link = linkFrom(path);
  const { record } = project;
  const partner = (lab.record.partners ?? []).find((each) => each.id === record.partner);
  return {
    ...frame(site, path, clean(record.name), 'labs', false),
    lab: { name: clean(lab.record.name), href: link(lab.href) },
    project: {
      name: clean(record.name),
      problem: cleanOptional(record.problem),
      status: record.status,
      started: record.started ?? null,
      ended: record.ended ?? null,
      repository: record.repository ?? null,
      license: record.license ?? null,
      website: record.website ?? null,
    },
    partner: record.partner === undefined
      ? null
      : { name: partner ? clean(partner.name) : record.partner, mouSigned: projectMouSigned(record, lab.record, site.asOf) ?? null },
    // Roles always; a name only where the lab names the member in public already.
    team: (record.team ?? []).map((member) => ({ role: (member.role ?? 'member').replace(/-/g, ' '), name: lab.publicNames.get(member.member) ?? null })),
    kpis: (record.kpis ?? []).map((kpi) => ({
      name: clean(kpi.name),
      target: kpi.target ?? null,
      actual: kpi.actual ?? null,
      unit: cleanOptional(kpi.unit),
      share: kpi.target && kpi.actual !== undefined ? kpi.actual / kpi.target : null,
    })),
    redeployments: (record.redeployments ?? []).map((redeployment) => {
      const to = labNames.get(redeployment.lab);
      const date = redeployment.date ?? null;
      if (to === undefined) return { lab: redeployment.lab, href: null, date };
      return { lab: clean(to), href: link(labPage(redeployment.lab)), date };
    }),
  };
}

export function reportContext(site: SiteFacts, lab: PublicLab, report: PublicReport, document: string | undefined, path: string) {
  const link = linkFrom(path);
  return {
    ...frame(site, path, `${report.title}: ${clean(lab.record.name)}`, 'labs', false),
    lab: { name: clean(lab.record.name), href: link(lab.href) },
    report: {
      title: report.title,
      kind: report.kind,
      submitted: report.submitted,
      body: document === undefined ? null : reportHtml(document),
    },
  };
}

/**
 * How many events a page of a view shows. A view of every lab's is its first page alone, the
 * nearest events, and says so; a lab's own views have every page, each linking to the others,
 * so that each of its events is on one of them.
 */
// Fifty, so that a page stays under 60 KB beside the list of 200 labs with long names (a test builds one).
export const EVENTS_A_PAGE = 50;

/** The events of a view, nearest first: the next ones of the upcoming, the latest of the past. */
export function viewEvents(labs: readonly PublicLab[], view: EventView): PublicEvent[] {
  const wanted = (event: PublicEvent) => event.past === view.past && (view.kind === undefined || event.kind === view.kind);
  const events = labs.filter((lab) => view.lab === undefined || lab.id === view.lab).flatMap((lab) => lab.events.filter(wanted));
  const order = (a: PublicEvent, b: PublicEvent) =>
    a.date.localeCompare(b.date) || a.lab.id.localeCompare(b.lab.id) || a.id.localeCompare(b.id);
  return events.sort((a, b) => (view.past ? order(b, a) : order(a, b)));
}

/** A page of a view of the events: `events`, those it shows, are the page of `paging` among the view's. */
export function eventsContext(
  site: SiteFacts,
  labs: readonly PublicLab[],
  kinds: readonly string[],
  view: EventView,
  events: readonly PublicEvent[],
  paging: Paging,
  path: string,
) {
  const link = linkFrom(path);
  const lab = view.lab === undefined ? undefined : labs.find((each) => each.id === view.lab);
  const kindOf = view.kind === undefined ? '' : `${kindLabel(view.kind)} `;
  const when = `${view.past ? 'Past' : 'Upcoming'} ${kindOf}events`;
  const of = lab ? clean(lab.record.name) : 'every lab';
  const heading = `${when}: ${of}`;
  // A view's links keep what it chose of the other: a lab's links keep the kind, a kind's the
  // lab. So a kind lists the labs that hold events of it, and a lab the kinds it holds. A lab's
  // own views name only that lab beside "every lab": a list of every lab on each of them would
  // be most of its bytes (200 labs, about 25 KB a page).
  const holds = (each: PublicLab, kind: string | undefined) => kind === undefined || each.events.some((event) => event.kind === kind);
  const kindsShown = lab ? kinds.filter((kind) => holds(lab, kind)) : kinds;
  const labsShown = lab ? [lab] : labs.filter((each) => holds(each, view.kind));
  const pages = lab ? pagingContext(paging, events.length, (page) => link(eventsPage(view, page))) : null;
  return {
    ...frame(site, path, paging.page === 1 ? heading : `${heading}, page ${paging.page} of ${paging.pages}`, 'events'),
    heading,
    // The heading in two parts, so that a lab's name is isolated on the page.
    when,
    of,
    past: view.past,
    // A lab's own view does not name the lab again in each event (with its link, near a third of the event's bytes).
    ownLab: lab !== undefined,
    events: events.map((event) => eventItem(event, path)),
    shown: events.length,
    total: paging.total,
    paging: pages,
    next: pages?.links[paging.page] ?? null,
    other: { href: link(eventsPage({ ...view, past: !view.past })), text: `${view.past ? 'Upcoming' : 'Past'} ${kindOf}events` },
    views: {
      all: { href: link(eventsPage({ kind: view.kind, past: view.past })), current: view.lab === undefined },
      labs: labsShown.map((each) => ({
        name: clean(each.record.name),
        href: link(eventsPage({ lab: each.id, kind: view.kind, past: view.past })),
        current: each.id === view.lab,
      })),
      allKinds: { href: link(eventsPage({ lab: view.lab, past: view.past })), current: view.kind === undefined },
      kinds: kindsShown.map((kind) => ({
        label: kindLabel(kind),
        href: link(eventsPage({ lab: view.lab, kind, past: view.past })),
        current: kind === view.kind,
      })),
    },
  };
}

/** The kinds of events a view of one kind is made for: those the network has. */
export const eventKinds = (labs: readonly PublicLab[]) => [...new Set(labs.flatMap((lab) => lab.events.map((event) => event.kind)))].sort();
