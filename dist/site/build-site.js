import { formatIcs } from '../calendar/ics.js';
import { labChartFigures } from './chart-data.js';
import { networkFigures } from './figures.js';
import { dashboardContext } from './dashboard-page.js';
import { EVENTS_A_PAGE, eventKinds, eventsContext, homeContext, labContext, projectContext, reportContext, viewEvents } from './pages.js';
import { inPages } from './paging.js';
import { dashboardPage, eventsPage, HOME, labCalendar, labPage, STYLE_SHEET } from './paths.js';
import { publicLab, publicNames } from './public-lab.js';
import { labCharts, networkCharts } from './site-charts.js';
/** How many labs a page of the dashboard shows: with its charts, a first page of 20 went over 60 KB once status grew. */
const DASHBOARD_LABS = 15;
/** The facts every page shows, from the network's settings, the day and the address given: plain data, for worker threads too. */
export function siteFacts(settings, asOf, generator, baseUrl) {
    const base = baseUrl === undefined ? null : baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    return { name: settings.network, asOf, generator, baseUrl: base, settings };
}
/**
 * The pages made from every lab, once each lab's files are made: the style sheet, the home
 * page, the dashboard, the event views, and each lab's own page (its charts show the
 * network's figures beside its own). `labs` are in the network's order, each with its
 * standing as `cil status` computes it: the figures are theirs. No record is read here.
 */
export function* networkFiles(site, labs, charts, templates) {
    yield { path: STYLE_SHEET, text: templates.css };
    const figures = networkFigures(labs, site.asOf, site.settings.policy.women_participation_target);
    yield { path: HOME, text: templates.render('home', { ...homeContext(site, labs, figures, HOME), charts: networkCharts(charts, 'home') }) };
    // The dashboard in pages of a few dozen labs, each page light enough for a phone.
    for (const { items, paging } of inPages(labs, DASHBOARD_LABS)) {
        const path = dashboardPage(paging.page);
        const context = dashboardContext(site, items, path, paging);
        yield { path, text: templates.render('dashboard', { ...context, charts: paging.page === 1 ? networkCharts(charts, 'dashboard') : null }) };
    }
    for (const lab of labs) {
        const path = labPage(lab.id);
        yield { path, text: templates.render('lab', { ...labContext(site, lab, path), charts: labCharts(charts, lab.id) ?? null }) };
    }
    const kinds = eventKinds(labs);
    // Every lab's events and each lab's, of every kind and of each kind there is (in that lab).
    const ofLabs = [{}, ...labs.map((lab) => ({ lab: lab.id }))];
    const byKind = [...kinds.map((kind) => ({ kind })), ...labs.flatMap((lab) => eventKinds([lab]).map((kind) => ({ lab: lab.id, kind })))];
    const views = [...ofLabs, ...byKind].flatMap((view) => [
        { ...view, past: false },
        { ...view, past: true },
    ]);
    for (const view of views) {
        const pages = inPages(viewEvents(labs, view), EVENTS_A_PAGE);
        // A view of every lab's is its first page, the nearest events; a lab's own view is every page of it.
        for (const { items, paging } of view.lab === undefined ? pages.slice(0, 1) : pages) {
            const path = eventsPage(view, paging.page);
            yield { path, text: templates.render('events', eventsContext(site, labs, kinds, view, items, paging, path)) };
        }
    }
}
/**
 * The files of one lab but its own page: its calendar, and a page per project and per
 * report; then (returned) its summary. The lab's folder is loaded on its own, its documents
 * with it, so that labs are made one at a time (and on several threads) and a network's
 * records and documents are never held at once. `labNames` names every lab, for the labs a
 * project was redeployed to.
 */
export function* labFiles(site, folder, status, labNames, templates) {
    const lab = publicLab(folder, status, site.asOf, site.settings.timezone);
    const charts = labChartFigures(folder, site.asOf);
    if (!lab || !charts)
        return undefined;
    const calendarEvents = [...folder.events.entries()].flatMap(([id, file]) => file.record ? [{ lab: { id: lab.id, name: lab.record.name }, id, event: file.record }] : []);
    calendarEvents.sort((a, b) => a.event.date.localeCompare(b.event.date) || a.id.localeCompare(b.id));
    const calendar = { name: `${site.name}: ${lab.record.name}`, timezone: site.settings.timezone };
    yield { path: labCalendar(lab.id), text: formatIcs(calendarEvents, calendar, site.generator) };
    const documents = new Map([...folder.documents].flatMap(([id, file]) => (file.text === undefined ? [] : [[id, file.text]])));
    const named = { ...lab, publicNames: publicNames(lab, folder, documents) };
    for (const project of lab.projects) {
        yield { path: project.href, text: templates.render('project', projectContext(site, named, project, labNames, project.href)) };
    }
    for (const report of lab.reports) {
        yield { path: report.href, text: templates.render('report', reportContext(site, lab, report, documents.get(report.id), report.href)) };
    }
    return { lab, charts };
}
