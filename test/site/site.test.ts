import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import type { NetworkStatus } from '../../src/commands/status.js';
import { loadNetwork } from '../../src/network/load-network.js';
import { runCli } from '../helpers/cli.js';
import { readSite } from './site-helpers.js';
import { testdir } from '../helpers/testdir.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const out = testdir({});
const build = await runCli(['site', '--out', out], { cwd: examples });
const site = readSite(out);
const pages = [...site].filter(([path]) => path.endsWith('.html'));
const status = JSON.parse((await runCli(['status', '--format', 'json'], { cwd: examples })).stdout) as NetworkStatus;

/** What an attribute holds, for every element that has it. */
const attributes = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((match) => match[1] as string);
/** The text of the element carrying `data-figure="<name>"`. */
const figure = (html: string, name: string) => new RegExp(`data-figure="${name}">([^<]*)<`).exec(html)?.[1];

/** Text as Handlebars writes it into HTML. */
const html = (text: string) => Handlebars.Utils.escapeExpression(text);

describe('cil site on the example network', () => {
  it('writes every page type, and says how many files it wrote', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(new RegExp(`^Wrote the site to .+: ${site.size - 1} files written, 0 kept as they were, 0 removed\\.\\n$`));
    for (const path of [
      'index.html',
      'dashboard/index.html',
      'site.css',
      'events/index.html',
      'events/past/index.html',
      'events/lab/peshawar/past/index.html',
      'events/kind/community-event/past/index.html',
      'labs/peshawar/index.html',
      'labs/peshawar/calendar.ics',
      'labs/peshawar/projects/toilet-finder.html',
      'labs/peshawar/reports/2026-Q3-quarterly.html',
    ]) {
      expect(site.has(path), path).toBe(true);
    }
    // A report page is the committed document, rendered.
    const report = site.get('labs/peshawar/reports/2026-Q3-quarterly.html') ?? '';
    expect(report).toContain('<h2>At a glance</h2>');
    expect(report).toMatch(/<table>[\s\S]*<th[^>]*>Kind<\/th>/);
  });

  it('has pages light enough for a slow connection, needing nothing from elsewhere', () => {
    expect(Buffer.byteLength(site.get('site.css') ?? '')).toBeLessThan(20 * 1024);
    expect(site.get('site.css')).not.toMatch(/@import|url\(/);
    for (const [path, html] of pages) {
      expect(Buffer.byteLength(html), path).toBeLessThan(60 * 1024);
      // No script, image, frame, font or style sheet from anywhere but the site itself.
      expect(html, path).not.toMatch(/<(script|img|iframe|object|embed|video|audio|source)\b/i);
      expect(html, path).not.toMatch(/\b(src|srcset)=/i);
      // Nothing styled but by the style sheet.
      expect(html, path).not.toMatch(/\sstyle=|<style/i);
      // The icon is empty data, so that a browser asks no server for /favicon.ico.
      for (const link of html.match(/<link\b[^>]*>/g) ?? []) expect(link, path).not.toMatch(/href="(?:(?!data:)[a-z]+:|\/\/)/i);
    }
  });

  it('has accessible pages: the language, one h1, a skip link to the main landmark, table headers', () => {
    for (const [path, html] of pages) {
      expect(html, path).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(html, path).not.toContain('[object Object]');
      for (const day of attributes(html, 'datetime')) expect(day, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(html.match(/<h1\b/g), path).toHaveLength(1);
      expect(html, path).toContain('<a class="skip" href="#main">');
      expect(html, path).toContain('<main id="main">');
      expect(html, path).toMatch(/<nav aria-label="Site">/);
      for (const table of html.match(/<table[\s\S]*?<\/table>/g) ?? []) expect(table, path).toMatch(/<th\b/);
      // Every table scrolls in its own box, never the page.
      const boxed = /<div class="(?:scroll|chart-table)"[^>]* role="region" aria-label(?:ledby)?="[^"]+" tabindex="0">\s*<table/g;
      expect(html.match(/<table\b/g)?.length ?? 0, path).toBe(html.match(boxed)?.length ?? 0);
    }
  });

  it('links only to pages and files it has', () => {
    for (const [path, html] of pages) {
      for (const href of attributes(html, 'href')) {
        if (/^[a-z]+:/i.test(href) || href.startsWith('#')) continue;
        const target = posix.normalize(posix.join(posix.dirname(path), href.replace(/#.*$/, '')));
        expect(site.has(target), `${path} links to ${href}`).toBe(true);
      }
    }
  });

  it('shows none of the example members\' warnings or offboarding reasons', () => {
    const network = loadNetwork(examples);
    const members = [...network.labs.values()].flatMap((lab) => [...lab.members.values()].flatMap((file) => file.record ?? []));
    const warnings = members.flatMap((member) => (member.warnings ?? []).map((warning) => warning.reason));
    const reasons = [...warnings, ...members.flatMap((member) => (member.offboarded ? [member.offboarded.reason] : []))];
    expect(reasons.length).toBeGreaterThan(0);
    for (const [path, text] of site) for (const reason of reasons) expect(text.includes(reason), `${path}: ${reason}`).toBe(false);
  });

  it('isolates names that may be written right to left', () => {
    const karachi = site.get('labs/karachi/reports/2026-01-monthly.html') ?? '';
    expect(karachi).toMatch(/<td dir="auto">ماروي سومرو<\/td>/);
    // A cell with no such letter takes the page's own direction, left to right, without the attribute on every cell.
    const cells = [...karachi.matchAll(/<t[dh]( dir="auto")?[^>]*>([^<]*)<\/t[dh]>/g)];
    expect(cells.length).toBeGreaterThan(10);
    for (const [cell, auto, text = ''] of cells) expect(auto !== undefined, cell).toBe(/[\u0600-\u06ff]/.test(text));
  });

  it("shows on each lab's page its leads, partners with their MoUs, projects, reports, OKRs with progress and calendar", () => {
    const network = loadNetwork(examples);
    for (const [id, folder] of network.labs) {
      const lab = folder.lab?.record;
      const page = site.get(`labs/${id}/index.html`) ?? '';
      expect(lab, id).toBeDefined();
      if (!lab) continue;
      for (const lead of lab.leads) expect(page).toContain(`<li><bdi>${html(folder.members.get(lead)?.record?.name ?? lead)}</bdi></li>`);
      for (const partner of lab.partners ?? []) {
        const mou = partner.mou_signed === undefined ? 'not yet' : `signed <time datetime="${partner.mou_signed}">`;
        expect(page).toContain(`<th scope="row"><bdi>${html(partner.name)}</bdi></th><td>${partner.kind}</td><td>${mou}`);
      }
      for (const project of folder.projects.keys()) expect(page).toContain(`href="../../labs/${id}/projects/${project}.html"`);
      for (const report of folder.documents.keys()) expect(page).toContain(`href="../../labs/${id}/reports/${report}.html"`);
      for (const okr of lab.okrs ?? []) {
        expect(page).toContain(`<h3 dir="auto">${html(okr.objective)}</h3>`);
        for (const result of okr.key_results ?? []) {
          const progress = `${Math.round((result.current ?? 0) / (result.target ?? 1) * 100)}%`;
          expect(page).toContain(`<span dir="auto">${html(result.description)}</span>: ${result.current} of ${result.target} <meter`);
          expect(page).toContain(`${progress}</meter> ${progress}</li>`);
        }
      }
      expect(page).toContain(`href="../../labs/${id}/calendar.ics"`);
    }
    // The example network has all of these somewhere: none of the loops above ran empty.
    expect(site.get('labs/peshawar/index.html')).toMatch(/Partners and their MoUs[\s\S]*Objectives and key results/);
  });

  it("shows on each project's page its problem, partner, status, dates, team roles, repository, licence, KPIs and redeployments", () => {
    const network = loadNetwork(examples);
    let kpis = 0;
    let redeployments = 0;
    for (const [lab, folder] of network.labs) {
      for (const [id, file] of folder.projects) {
        const project = file.record;
        const page = site.get(`labs/${lab}/projects/${id}.html`) ?? '';
        if (!project) continue;
        expect(page).toContain(`<h1><bdi>${html(project.name)}</bdi></h1>`);
        expect(page).toContain(`<span class="status status-${project.status}">${project.status}</span> · started <time datetime="${project.started}">`);
        expect(page).toContain(`<p dir="auto">${html(project.problem ?? '')}</p>`);
        const partner = folder.lab?.record?.partners?.find((entry) => entry.id === project.partner);
        if (partner) expect(page).toContain(`<dt>Partner</dt><dd><bdi>${html(partner.name)}</bdi>`);
        if (project.repository) expect(page).toContain(`<dt>Repository</dt><dd><a href="${html(project.repository)}">`);
        if (project.license) expect(page).toContain(`<dt>Licence</dt><dd>${html(project.license)}</dd>`);
        for (const member of project.team ?? []) expect(page).toContain((member.role ?? '').replace(/-/g, ' '));
        for (const kpi of project.kpis ?? []) {
          expect(page).toContain(`<th scope="row"><bdi>${html(kpi.name)}</bdi> <span class="note">(${html(kpi.unit ?? '')})</span></th>`);
          kpis++;
        }
        for (const moved of project.redeployments ?? []) {
          expect(page).toContain(`<li><a href="../../../labs/${moved.lab}/index.html">`);
          expect(page).toContain(`<time datetime="${moved.date}">`);
          redeployments++;
        }
      }
    }
    expect(kpis).toBeGreaterThan(2);
    expect(redeployments).toBeGreaterThan(0);
  });

  it('filters the events by lab and by kind together, each view linking to the others that keep its choice', () => {
    const network = loadNetwork(examples);
    let views = 0;
    for (const [lab, folder] of network.labs) {
      const events = [...folder.events.values()].flatMap((file) => (file.record ? [file.record] : []));
      for (const kind of new Set(events.map((event) => event.kind))) {
        for (const past of [true, false]) {
          const path = `events/lab/${lab}/kind/${kind}/${past ? 'past/' : ''}index.html`;
          const page = site.get(path) ?? '';
          const shown = events.filter((event) => event.kind === kind && ((event.until ?? event.date) < '2026-11-20') === past);
          expect([...page.matchAll(/<p class="what">/g)], path).toHaveLength(shown.length);
          for (const event of shown) expect(page, path).toContain(`<bdi>${html(event.title)}</bdi>`);
          // From the lab's own view of every kind, and from the kind's view of every lab, one link away.
          expect(site.get(`events/lab/${lab}/${past ? 'past/' : ''}index.html`), path).toContain(`href="../../../${past ? '../' : ''}${path}"`);
          expect(site.get(`events/kind/${kind}/${past ? 'past/' : ''}index.html`), path).toContain(`href="../../../${past ? '../' : ''}${path}"`);
          views++;
        }
      }
    }
    expect(views).toBeGreaterThan(10);
  });

  it('names each kind of event as people write it', () => {
    const quetta = site.get('labs/quetta/index.html') ?? '';
    expect(quetta).toContain('<span class="kind">mentor check-in</span>');
    expect(site.get('events/past/index.html')).toContain('<span class="kind">hack night</span>');
  });

  it('shows the figures cil status --format json gives, on the home page and the dashboard', () => {
    const home = site.get('index.html') ?? '';
    const labs = status.labs;
    const sum = (value: (lab: NetworkStatus['labs'][number]) => number) => labs.reduce((total, lab) => total + value(lab), 0);
    expect(figure(home, 'labs')).toBe(String(labs.length));
    expect(figure(home, 'activeMembers')).toBe(String(sum((lab) => lab.checklist.activeMembers.count)));
    const women = sum((lab) => lab.checklist.women.women) / sum((lab) => lab.checklist.women.counted);
    expect(figure(home, 'womenShare')).toBe(`${Math.round(women * 100)}%`);
    expect(figure(home, 'partners')).toBe(String(sum((lab) => lab.checklist.partners.total)));
    const active = ['discovery', 'building', 'launched'].map((each) => Number(figure(home, `projects.${each}`) ?? 0)).reduce((a, b) => a + b);
    expect(active).toBe(sum((lab) => lab.checklist.projects.active));

    const dashboard = site.get('dashboard/index.html') ?? '';
    const rows = [...dashboard.matchAll(/<tr data-lab="([^"]+)">([\s\S]*?)<\/tr>/g)];
    expect(new Set(rows.map((row) => row[1]))).toEqual(new Set(labs.map((lab) => lab.id)));
    let compared = 0;
    for (const [, id, row] of rows) {
      const lab = labs.find((each) => each.id === id);
      for (const [, path, value] of (row ?? '').matchAll(/data-status="([^"]+)" data-value="([^"]*)"/g)) {
        const expected = (path ?? '').split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], lab);
        expect(JSON.parse((value ?? '').replace(/&quot;/g, '"')), `${id} ${path}`).toEqual(expected);
        compared += 1;
      }
    }
    expect(compared).toBe(labs.length * 12);
  });
});
