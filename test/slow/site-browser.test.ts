import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkStatus } from '../../src/commands/status.js';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';

// The site of the example network, opened in a real browser: Debian's Chromium (which
// .ci/run installs when missing), driven by puppeteer-core, with axe-core's accessibility
// checks. The site is served at a base path, as GitHub Pages serves a project's site, so
// that a link that climbs out of it, or starts at the server's root, fails.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const AS_OF = '2026-11-20';
const BASE_PATH = '/network/';
/** Screenshots of each page type, for people to look at (git-ignored). */
const SHOTS = join(ROOT, 'test-artifacts', 'site');
/** The top of two of them, as the README shows them (docs/images/ holds the copies committed). */
const README_SHOTS: Record<string, { height: number }> = { 'home-phone': { height: 1500 }, 'dashboard-desktop': { height: 1350 } };
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// CI installs Chromium (.ci/run); only a developer's machine may lack it.
const needsChromium = CHROMIUM || process.env.CI ? describe : describe.skip;

/** Which kind of page a path of the site is, for the checks made once per kind. */
const PAGE_TYPES: [string, RegExp][] = [
  ['home', /^index\.html$/],
  ['lab', /^labs\/[^/]+\/index\.html$/],
  ['project', /^labs\/[^/]+\/projects\/[^/]+(\/index)?\.html$/],
  ['report', /^labs\/[^/]+\/reports\/[^/]+(\/index)?\.html$/],
  ['events', /^events\/index\.html$/],
  ['events-filtered', /^events\/.+\/index\.html$/],
  ['dashboard', /^dashboard\/index\.html$/],
];

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.ics': 'text/calendar', '.svg': 'image/svg+xml' };

/** Serves the site's folder under BASE_PATH, and nothing else. */
function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inside = path.startsWith(BASE_PATH) ? normalize(join(dir, path.slice(BASE_PATH.length))) : undefined;
    let file = inside && (inside === dir || inside.startsWith(dir + sep)) ? inside : undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Visit {
  path: string;
  links: string[];
  ids: string[];
}

needsChromium('the site of the example network in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let status: NetworkStatus;
  /** Requests that left the site, console errors and page errors, by page. */
  const problems: string[] = [];
  const visits = new Map<string, Visit>();
  const statuses = new Map<string, number>();

  /** A new page that refuses, and notes, any request outside the site, and notes every console error. */
  async function openPage(width = 1280): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith(base) || request.url().startsWith('data:')) void request.continue();
      else {
        problems.push(`${page.url()} asked for ${request.url()}`);
        void request.abort();
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()} console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()} error: ${String(error)}`));
    return page;
  }

  /** Runs a script in the page (text: the tests are type-checked without the browser's types). */
  const inPage = <T>(page: Page, script: string) => page.evaluate(script) as Promise<T>;

  const pathOf = (url: string) => decodeURIComponent(new URL(url).pathname).slice(BASE_PATH.length) || 'index.html';

  beforeAll(async () => {
    const out = join(testdir({}), 'site');
    const built = await runCli(['site', '-C', EXAMPLES, '--out', out, '--as-of', AS_OF], { cwd: ROOT });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    status = JSON.parse((await runCli(['status', '-C', EXAMPLES, '--format', 'json', '--as-of', AS_OF], { cwd: ROOT })).stdout) as NetworkStatus;
    server = await serve(out);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}`;
    browser = await puppeteer.launch({
      executablePath: CHROMIUM ?? 'chromium',
      headless: true,
      // As root (CI), Chromium's sandbox cannot start.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
    });

    // Every page reached by links from the home page, once each.
    const page = await openPage();
    const queue = ['index.html'];
    while (queue.length > 0) {
      const path = queue.shift() as string;
      if (visits.has(path) || statuses.has(path)) continue;
      // A calendar or a style sheet is fetched, not opened: the browser would download the one.
      if (!path.endsWith('.html')) {
        statuses.set(path, (await fetch(base + path)).status);
        continue;
      }
      const response = await page.goto(base + path, { waitUntil: 'load' });
      statuses.set(path, response?.status() ?? 0);
      if (!response?.ok() || !(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      const found = await inPage<string[]>(page, "[...document.querySelectorAll('a[href], link[href]')].map((element) => element.href)");
      const ids = await inPage<string[]>(page, "[...document.querySelectorAll('[id]')].map((element) => element.id)");
      visits.set(path, { path, links: found, ids });
      for (const link of found) {
        if (!link.startsWith(base)) continue;
        const target = pathOf(link.split('#')[0] as string);
        if (!visits.has(target) && !statuses.has(target)) queue.push(target);
      }
    }
    await page.close();
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('reaches every page type from the home page, and every link it follows resolves', () => {
    const paths = [...visits.keys()];
    for (const [type, pattern] of PAGE_TYPES) expect(paths.some((path) => pattern.test(path)), type).toBe(true);
    expect([...statuses].filter(([, code]) => code !== 200)).toEqual([]);
  });

  it('links only inside the site (or to the records behind it), and every #fragment names an element of its page', () => {
    const broken: string[] = [];
    for (const visit of visits.values()) {
      for (const link of visit.links) {
        if (!link.startsWith(base)) {
          // Links out of the site are for people to follow (a project's repository), never loaded by
          // the page; an icon may be empty data, so that the browser asks the server for none.
          if (!/^(https:|mailto:|data:)/.test(link)) broken.push(`${visit.path}: ${link}`);
          continue;
        }
        const [target, fragment] = link.split('#') as [string, string | undefined];
        if (!fragment) continue;
        const page = visits.get(pathOf(target));
        if (page && !page.ids.includes(decodeURIComponent(fragment))) broken.push(`${visit.path}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('makes no request outside the site and logs no console error', () => {
    expect(problems).toEqual([]);
  });

  const examplePage = (pattern: RegExp) => {
    const path = [...visits.keys()].find((visited) => pattern.test(visited));
    if (!path) throw new Error(`no page of the site is ${pattern}`);
    return path;
  };

  it('has no WCAG 2.1 AA violation on any page type (axe-core)', async () => {
    const page = await openPage();
    const violations: string[] = [];
    for (const [type, pattern] of PAGE_TYPES) {
      await page.goto(base + examplePage(pattern), { waitUntil: 'load' });
      await page.addScriptTag({ content: AXE });
      const result = await inPage<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>(
        page,
        `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} } })`,
      );
      for (const violation of result.violations) {
        violations.push(`${type}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    }
    await page.close();
    expect(violations).toEqual([]);
  });

  it('fits a 360-pixel-wide phone without scrolling sideways, and looks right on a desktop (screenshots)', async () => {
    const wide: string[] = [];
    for (const [width, name] of [[360, 'phone'], [1280, 'desktop']] as const) {
      const page = await openPage(width);
      for (const [type, pattern] of PAGE_TYPES) {
        await page.goto(base + examplePage(pattern), { waitUntil: 'load' });
        const [scrollWidth, innerWidth] = await inPage<[number, number]>(page, '[document.scrollingElement.scrollWidth, window.innerWidth]');
        if (scrollWidth > innerWidth) wide.push(`${type} at ${width} px: ${scrollWidth} px wide`);
        await page.screenshot({ path: join(SHOTS, `${type}-${name}.png`) as `${string}.png`, fullPage: true });
        const top = README_SHOTS[`${type}-${name}`];
        if (top) await page.screenshot({ path: join(SHOTS, `readme-${type}-${name}.png`) as `${string}.png`, clip: { x: 0, y: 0, width, ...top }, captureBeyondViewport: true });
      }
      await page.close();
    }
    expect(wide).toEqual([]);
  });

  /** The cells of a chart's table, its heading row first, as a reader sees them. */
  const chartTable = (page: Page, chart: string) =>
    inPage<string[][]>(page, `[...document.querySelectorAll('figure[id$="-${chart}"] table tr')].map((row) => [...row.children].map((cell) => cell.textContent.trim()))`);

  it('shows on the home page the figures of cil status, in its numbers and its charts', async () => {
    const page = await openPage();
    await page.goto(`${base}index.html`, { waitUntil: 'load' });
    const figures = Object.fromEntries(
      await inPage<[string, string][]>(page, "[...document.querySelectorAll('[data-figure]')].map((element) => [element.dataset.figure, element.textContent.trim()])"),
    );
    // Women's share this quarter, as the chart draws it, is the share the figures give.
    const [womenHeading, ...womenRows] = await chartTable(page, 'women');
    expect(womenRows.at(-1)?.[(womenHeading as string[]).indexOf('All labs')]).toBe(figures.womenShare);
    // Each lab's meetings last month and this month, as the chart stacks them, are those cil status counts.
    const [heading, ...months] = await chartTable(page, 'meetings');
    for (const lab of status.labs) {
      const { lastMonth, thisMonth } = lab.checklist.labMeetings;
      for (const month of [lastMonth, thisMonth]) {
        if (!month) continue;
        expect(months.find((row) => row[0] === month.label)?.[(heading as string[]).indexOf(lab.city)], `${lab.id} ${month.label}`).toBe(String(month.count));
      }
    }
    await page.close();
    const sum = (pick: (lab: NetworkStatus['labs'][number]) => number) => status.labs.reduce((total, lab) => total + pick(lab), 0);
    const women = sum((lab) => lab.checklist.women.women);
    const counted = sum((lab) => lab.checklist.women.counted);
    expect(figures).toMatchObject({
      labs: String(status.labs.length),
      activeMembers: String(sum((lab) => lab.checklist.activeMembers.count)),
      womenShare: `${Math.round((women / counted) * 100)}%`,
      partners: String(sum((lab) => lab.checklist.partners.total)),
    });
  });

  it('shows on the dashboard the figures of cil status, lab by lab', async () => {
    const page = await openPage();
    await page.goto(`${base}dashboard/index.html`, { waitUntil: 'load' });
    const cells = await inPage<{ lab: string; path: string; value: string; text: string }[]>(
      page,
      `[...document.querySelectorAll('[data-lab] [data-status]')].map((element) => ({
        lab: element.closest('[data-lab]').dataset.lab,
        path: element.dataset.status,
        value: element.dataset.value,
        text: element.textContent.trim(),
      }))`,
    );
    await page.close();
    expect(cells.length).toBeGreaterThanOrEqual(status.labs.length * 5);
    const seen = new Set<string>();
    for (const cell of cells) {
      const lab = status.labs.find((entry) => entry.id === cell.lab);
      expect(lab, cell.lab).toBeDefined();
      seen.add(cell.lab);
      const value = cell.path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], lab);
      expect(String(value), `${cell.lab} ${cell.path}`).toBe(cell.value);
      // What a reader sees is that number, as a count or a share.
      const shown = typeof value === 'number' && !Number.isInteger(value) ? `${Math.round(value * 100)}%` : String(value);
      expect(cell.text.startsWith(shown), `${cell.lab} ${cell.path}: ${cell.text}`).toBe(true);
    }
    expect([...seen].sort()).toEqual(status.labs.map((lab) => lab.id).sort());
  });
});

// Chromium that is missing on a developer's machine is said, not hidden.
if (!CHROMIUM && !process.env.CI) {
  describe('the site in a browser', () => {
    it.skip(`needs Chromium (apt-get install chromium), which ${spawnSync('which', ['chromium']).status === 0 ? 'did not start' : 'is not installed'}`, () => {});
  });
}
