// Where each page of the site is, relative to the site's root. Links between pages are
// relative (`../../labs/peshawar/index.html`), so the site works under any address (a
// project's GitHub Pages, a folder opened from disk) without being told where it lives.
export const HOME = 'index.html';
export const DASHBOARD = 'dashboard/index.html';
/** A page of the dashboard: the first is `dashboard/`, the next `dashboard/2/`... */
export const dashboardPage = (page) => (page === 1 ? DASHBOARD : `dashboard/${page}/index.html`);
export const STYLE_SHEET = 'site.css';
export const labPage = (lab) => `labs/${lab}/index.html`;
export const labCalendar = (lab) => `labs/${lab}/calendar.ics`;
// A lab's projects and reports are files of one folder each, not a folder each: a network has
// thousands of reports, and a folder costs a file system as much as a file.
export const projectPage = (lab, project) => `labs/${lab}/projects/${project}.html`;
export const reportPage = (lab, report) => `labs/${lab}/reports/${report}.html`;
/** A page of a view of the events: the first is the view's folder, the next are `2/`, `3/`... in it (a kind is in `kind/<kind>/`). */
export function eventsPage({ lab, kind, past }, page = 1) {
    const ofLab = lab === undefined ? '' : `lab/${lab}/`;
    const ofKind = kind === undefined ? '' : `kind/${kind}/`;
    return `events/${ofLab}${ofKind}${past ? 'past/' : ''}${page === 1 ? '' : `${page}/`}index.html`;
}
/** The way from a page back to the site's root: `../../` for `labs/peshawar/index.html`. */
export function rootOf(path) {
    return '../'.repeat(path.split('/').length - 1);
}
