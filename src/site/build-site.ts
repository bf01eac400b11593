import { formatIcs } from '../calendar/ics.js';
import type { LabStatus } from '../handbook/lab-status.js';
import type { Settings } from '../network/settings.js';
import type { Network } from '../network/types.js';
import { networkFigures } from './figures.js';
import { dashboardContext, eventKinds, eventsContext, homeContext, labContext, projectContext, reportContext, type SiteFacts } from './pages.js';
import { DASHBOARD, eventsPage, type EventView, HOME, labCalendar, labPage, STYLE_SHEET } from './paths.js';
import { type PublicLab, publicLab, publicNames } from './public-lab.js';
import { loadSiteTemplates } from './templates.js';

export interface SiteInput {
  network: Network;
  settings: Settings;
  asOf: string;
  /** Every lab's standing, as `cil status` computes it: the site's figures are these. */
  standings: readonly LabStatus[];
  /** The address the site is published at, for links that must be absolute (a calendar to subscribe to). */
  baseUrl?: string;
  /** What made the site, for its footer and calendars: `cil 0.1.0`. */
  generator: string;
  /**
   * A lab's committed report documents, by report id: read lab by lab as its pages are made,
   * so that the documents of the whole network are never held at once.
   */
  documents(lab: string): ReadonlyMap<string, string>;
}

/** A file of the site: its path inside the site's folder, and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

/**
 * The network's website, file by file: the home page, the dashboard, the event pages, and a
 * page for each lab, project and report, with each lab's calendar and the style sheet. Files
 * are made one at a time, so that a network of 12,000 reports never holds its whole site in
 * memory; the same records give the same bytes.
 */
export function* siteFiles(input: SiteInput): Generator<SiteFile> {
  const { network, settings, asOf } = input;
  const templates = loadSiteTemplates(network.root);
  const site: SiteFacts = {
    name: settings.network,
    asOf,
    generator: input.generator,
    baseUrl: input.baseUrl === undefined ? null : input.baseUrl.endsWith('/') ? input.baseUrl : `${input.baseUrl}/`,
    settings,
  };
  const labs = input.standings.flatMap((status) => {
    const folder = network.labs.get(status.id);
    const lab = folder && publicLab(folder, status, asOf);
    return lab ? [lab] : [];
  });
  const byId = new Map(labs.map((lab) => [lab.id, lab]));
  yield { path: STYLE_SHEET, text: templates.css };
  const figures = networkFigures(labs, asOf, settings.policy.women_participation_target);
  yield { path: HOME, text: templates.render('home', homeContext(site, labs, figures, HOME)) };
  yield { path: DASHBOARD, text: templates.render('dashboard', dashboardContext(site, labs, DASHBOARD)) };
  const kinds = eventKinds(labs);
  const views: EventView[] = [{}, ...labs.map((lab) => ({ lab: lab.id })), ...kinds.map((kind) => ({ kind }))].flatMap((view) => [
    { ...view, past: false },
    { ...view, past: true },
  ]);
  for (const view of views) {
    const path = eventsPage(view);
    yield { path, text: templates.render('events', eventsContext(site, labs, kinds, view, path)) };
  }
  for (const lab of labs) yield* labFiles(site, lab, byId, templates, input.documents(lab.id));
}

type Templates = ReturnType<typeof loadSiteTemplates>;

function* labFiles(
  site: SiteFacts,
  lab: PublicLab,
  labs: ReadonlyMap<string, PublicLab>,
  templates: Templates,
  documents: ReadonlyMap<string, string>,
): Generator<SiteFile> {
  const path = labPage(lab.id);
  yield { path, text: templates.render('lab', labContext(site, lab, path)) };
  const events = lab.folder.events;
  const calendarEvents = [...events.entries()].flatMap(([id, file]) =>
    file.record ? [{ lab: { id: lab.id, name: lab.record.name }, id, event: file.record }] : []);
  calendarEvents.sort((a, b) => a.event.date.localeCompare(b.event.date) || a.id.localeCompare(b.id));
  yield { path: labCalendar(lab.id), text: formatIcs(calendarEvents, { name: `${site.name}: ${lab.record.name}`, timezone: site.settings.timezone }, site.generator) };
  const named = { ...lab, publicNames: publicNames(lab, documents) };
  for (const project of lab.projects) yield { path: project.href, text: templates.render('project', projectContext(site, named, project, labs, project.href)) };
  for (const report of lab.reports) {
    yield { path: report.href, text: templates.render('report', reportContext(site, lab, report, documents.get(report.id), report.href)) };
  }
}
