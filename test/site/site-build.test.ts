import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { loadSiteTemplates } from '../../src/site/templates.js';
import { runCli, TEST_TODAY } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';
import { lab, meeting, member, project, report } from '../helpers/records.js';
import { testdir } from '../helpers/testdir.js';
import { changed, reachableFrom, readSite, stamps } from './site-helpers.js';

const BUILT_SITE = new URL('../../dist/commands/site.js', import.meta.url).href;

/** What a network holds that must never reach its public site. */
const PRIVATE = {
  warning: 'Missed the budget sprint without a word',
  offboarding: 'Stopped coming after the move to Multan',
  attendee: 'Bilal Hidden',
  warned: 'Sara Malik',
  offboarded: 'Zara Shah',
  phone: '0321-7654321',
  email: 'ayesha.khan@gmail.com',
  channel: '+92 300 1234567',
};

const seeded = {
  ...lab('2026-01-01', 'description: Budget data for everyone\nchannels:\n  whatsapp: "+92 300 1234567"\n'),
  ...member('sara-malik', '2026-01-01', 'warnings:\n  - { date: 2026-10-20, reason: "Missed the budget sprint without a word" }\n'),
  ...member('zara-shah', '2026-01-01', 'status: offboarded\noffboarded: { date: 2026-09-30, reason: "Stopped coming after the move to Multan" }\n'),
  ...member('bilal-hidden', '2026-01-01'),
  ...meeting('2026-10-03', ['ayesha-khan', 'bilal-hidden'], [], 'meetup', 'description: "Call Ayesha on 0321-7654321 or write to ayesha.khan@gmail.com"\n'),
  ...meeting('2026-11-07', ['ayesha-khan', 'bilal-hidden'], ['sara-malik']),
  // A report not published (no document committed) names nobody in public, not even its author.
  ...report('2026-10-monthly', 'kind: monthly\nperiod: 2026-10\nsubmitted: 2026-11-02\nauthors: [bilal-hidden]\n'),
  ...project('bus-map', 'name: Bus Map\nstatus: building\nteam:\n  - { member: bilal-hidden, role: technologist }\n  - { member: ayesha-khan, role: delivery-lead }\n'),
};

describe('cil site is public-safe', () => {
  it('never shows contact data, warnings, offboarding, attendance or members the lab does not name in public', async () => {
    const dir = networkDir(seeded);
    const run = await runCli(['site'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const site = readSite(join(dir, '_site'));
    expect(site.size).toBeGreaterThan(10);
    for (const [path, text] of site) {
      for (const [what, secret] of Object.entries(PRIVATE)) expect(text.includes(secret), `${path} shows the ${what}: ${secret}`).toBe(false);
      expect(text, path).not.toMatch(/7654321|1234567|bilal-hidden|sara-malik|zara-shah/);
    }
    // The lead is named, the team's roles are shown without the names the lab keeps to itself.
    const page = site.get('labs/lahore/projects/bus-map.html') ?? '';
    expect(page).toContain('<li>technologist</li>');
    expect(page).toContain('<li>delivery lead: <bdi>Ayesha Khan</bdi></li>');
    // The event is there, its contact details are not.
    expect(site.get('events/lab/lahore/past/index.html')).toContain('meetup on 2026-10-03');
    expect(site.get('labs/lahore/calendar.ics')).toContain('[contact details removed]');
  });
});

describe('names written right to left, and what a document must not bring in', () => {
  // Every name a page shows, in Urdu: the lab's, its lead's, a partner's, an event's and its venue,
  // a project's; and a committed report holding raw HTML, an image and contact details.
  const urdu = {
    'labs/lahore/lab.yaml': [
      'name: سوک انوویشن لیب لاہور',
      'city: لاہور',
      'province: Punjab',
      'founded: 2026-01-01',
      'status: active',
      'leads: [ayesha-khan]',
      'description: "بجٹ کا ڈیٹا سب کے لیے: write to ayesha.khan@gmail.com"',
      'partners:',
      '  - { id: pitb, name: پنجاب آئی ٹی بورڈ, kind: government, mou_signed: 2026-02-01 }',
      'okrs:',
      '  - objective: شہر کا ڈیٹا کھولنا',
      '    key_results: [{ description: ڈیٹا سیٹ, target: 3, current: 1 }]',
      '',
    ].join('\n'),
    'labs/lahore/members/ayesha-khan.yaml': 'name: عائشہ خان\njoined: 2026-01-01\nroles: [{ role: technologist }]\nstatus: active\n',
    'labs/lahore/events/2026-10-03-meetup.yaml': 'title: بجٹ پر ملاقات\nkind: meetup\ndate: 2026-10-03\nvenue: الحمرا\n',
    'labs/lahore/events/2026-12-05-meetup.yaml': 'title: اگلی ملاقات\nkind: meetup\ndate: 2026-12-05\nvenue: الحمرا\n',
    ...project('bus-map', 'name: بس کا نقشہ\nproblem: بسوں کا پتا نہیں چلتا\nstatus: building\nstarted: 2026-03-01\npartner: pitb\nteam:\n  - { member: ayesha-khan, role: delivery-lead }\n'),
    ...report('2026-09-monthly', 'kind: monthly\nperiod: 2026-09\nsubmitted: 2026-10-02\n'),
    'labs/lahore/reports/2026-09-monthly.md': [
      '# September 2026',
      '',
      'We met <script>alert(1)</script> at the library.',
      '',
      '![the map](https://tracker.example.org/pixel.png)',
      '',
      '[![the chart](https://tracker.example.org/chart.png)](https://example.org/budget)',
      '',
      'Call عائشہ خان on 0321-7654321.',
      '',
    ].join('\n'),
  };

  it('isolates every right-to-left text on every page, so that it reads right inside English', async () => {
    const dir = networkDir(urdu);
    const run = await runCli(['site'], { cwd: dir });
    expect(run.stderr).toBe('');
    const site = readSite(join(dir, '_site'));
    let isolated = 0;
    for (const [path, text] of site) {
      if (!path.endsWith('.html')) continue;
      // Each stretch of text in Arabic script must open its own element: a <bdi>, or one with dir="auto" (the title excepted).
      for (const [element, closing, tag, attributes, content = ''] of text.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>([^<]*)/g)) {
        if (!/[\u0600-\u06ff]/.test(content)) continue;
        // In an SVG's description and labels, which hold no elements, Unicode's isolates do it.
        const inText = ['desc', 'text', 'tspan'].includes(tag ?? '') && /\u2068[^\u2069]*[\u0600-\u06ff][^\u2069]*\u2069/.test(content);
        const ok = closing === '' && (tag === 'bdi' || tag === 'title' || /\bdir="auto"/.test(attributes ?? '') || inText);
        expect(ok, `${path}: ${element}`).toBe(true);
        isolated++;
      }
    }
    // The lab's name alone is on every page, and each other name on several.
    expect(isolated).toBeGreaterThan(40);
    for (const page of ['index.html', 'dashboard/index.html', 'events/index.html', 'events/past/index.html', 'labs/lahore/index.html', 'labs/lahore/projects/bus-map.html']) {
      expect(site.get(page), page).toContain('<bdi>سوک انوویشن لیب لاہور</bdi>');
    }
  });

  it("shows a document's raw HTML as text, its images as links, and no contact details in it or the lab's text", async () => {
    const dir = networkDir(urdu);
    await runCli(['site'], { cwd: dir });
    const site = readSite(join(dir, '_site'));
    const page = site.get('labs/lahore/reports/2026-09-monthly.html') ?? '';
    expect(page).toContain('We met &lt;script&gt;alert(1)&lt;/script&gt; at the library.');
    // An image is a link named by its alt text, without the `!` that marks it in Markdown; inside a link, its alt text alone.
    expect(page).toContain('<p><a href="https://tracker.example.org/pixel.png">the map</a></p>');
    expect(page).toContain('<p><a href="https://example.org/budget">the chart</a></p>');
    expect(page).toContain('[contact details removed]');
    for (const [path, text] of site) {
      expect(text, path).not.toMatch(/<script|<img|7654321|ayesha\.khan@/);
    }
    expect(site.get('labs/lahore/index.html')).toContain('[contact details removed]');
  });
});

describe('the site\'s templates', () => {
  it('are the network\'s own where it has them, the CSS too; record text is escaped for HTML', async () => {
    const dir = networkDir({
      ...lab('2026-01-01', 'description: "<script>alert(1)</script> & <b>more</b>"\n'),
      'templates/site/home.html.hbs': '<h1>Our own home page: {{figures.labs}} lab</h1>\n',
      'templates/site/site.css': 'body { color: #000; } /* our own */\n',
    });
    const run = await runCli(['site', '--out', 'public'], { cwd: dir });
    expect(run.stderr).toBe('');
    const site = readSite(join(dir, 'public'));
    expect(site.get('index.html')).toContain('<main id="main">\n<h1>Our own home page: 1 lab</h1>');
    expect(site.get('site.css')).toBe('body { color: #000; } /* our own */\n');
    // The other pages keep the built-in templates.
    const labPage = site.get('labs/lahore/index.html') ?? '';
    expect(labPage).toContain('<p dir="auto">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt;</p>');
    for (const [path, text] of site) expect(text, path).not.toContain('<script');
  });

  it.each([
    ['a page that cannot be compiled', { 'lab.html.hbs': '<h1>{{#each}}</h1>\n' }, /^cil: the site cannot be built: templates\/site\/lab\.html\.hbs: Parse error on line 2:/],
    ['a field a page does not have', { 'home.html.hbs': '<p>{{network.nmae}}</p>\n' }, /^cil: the site cannot be built: templates\/site\/home\.html\.hbs: `nmae` is not a field/],
    [
      'a partial with a mistake, named rather than the page using it',
      { 'partials/event-list.html.hbs': '{{missing.value}}\n' },
      /^cil: the site cannot be built: templates\/site\/partials\/event-list\.html\.hbs: `value` is not a field/,
    ],
    [
      'a mistake in what a page passes to a partial to show, named as the page\'s',
      { 'partials/box.html.hbs': '<div>{{> @partial-block}}</div>\n', 'home.html.hbs': '<p>a</p>\n{{#> box}}{{network.nmae}}{{/box}}\n' },
      /^cil: the site cannot be built: templates\/site\/home\.html\.hbs: `nmae` is not a field it can use \(line 2\)/,
    ],
    [
      'a partial that includes itself',
      { 'partials/loop.html.hbs': '<div>{{> loop}}</div>\n', 'home.html.hbs': '{{> loop}}\n' },
      /^cil: the site cannot be built: templates\/site\/partials\/loop\.html\.hbs: partials include partials more than 16 deep/,
    ],
    [
      'a built-in partial a page calls without what it needs, put down to the page',
      { 'home.html.hbs': '{{> event-list}}\n' },
      /^cil: the site cannot be built: templates\/site\/home\.html\.hbs, in the built-in templates\/site\/partials\/event-list\.html\.hbs it uses: /,
    ],
  ])("say what is wrong in a network's own templates, and where: %s", async (_what, templates, said) => {
    const dir = networkDir(Object.fromEntries(Object.entries(templates).map(([name, text]) => [`templates/site/${name}`, text])));
    const run = await runCli(['site'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it("say a built-in template's failure is cil's own, with no template of the network's around it", () => {
    const templates = loadSiteTemplates(networkDir({}));
    let thrown: unknown;
    try {
      templates.render('home', {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(CliError);
    expect((thrown as Error).message).toMatch(/^built-in templates\/site\/home\.html\.hbs: /);
  });
});

describe('a rebuild', () => {
  it('writes nothing when nothing changed, and only the pages whose bytes changed after a record did', async () => {
    const dir = networkDir(seeded);
    const out = join(dir, '_site');
    const first = await runCli(['site'], { cwd: dir });
    const files = readSite(out).size - 1;
    expect(first.stdout).toMatch(new RegExp(`: ${files} files written, 0 kept as they were, 0 removed\\.$`, 'm'));
    writeFileSync(join(out, 'CNAME'), 'labs.example.org\n');
    const before = stamps(out);

    const again = await runCli(['site'], { cwd: dir });
    expect(again.stdout).toMatch(new RegExp(`: 0 files written, ${files} kept as they were, 0 removed\\.$`, 'm'));
    expect(changed(before, stamps(out))).toEqual([]);

    // A day later: the pages that show the day, or what is upcoming, change; a project's page does not.
    const nextDay = await runCli(['site', '--as-of', '2026-11-21'], { cwd: dir });
    expect(nextDay.stderr).toBe('');
    expect(changed(before, stamps(out))).not.toContain('labs/lahore/projects/bus-map.html');
    expect(changed(before, stamps(out))).toContain('index.html');
    await runCli(['site'], { cwd: dir });
    const settled = stamps(out);

    // One project's problem: its page alone.
    const busMap = join(dir, 'labs/lahore/projects/bus-map.yaml');
    writeFileSync(busMap, `${readFileSync(busMap, 'utf8')}problem: Nobody knows when the bus comes\n`);
    const edited = await runCli(['site'], { cwd: dir });
    expect(edited.stdout).toMatch(new RegExp(`: 1 file written, ${files - 1} kept as they were, 0 removed\\.$`, 'm'));
    const afterEdit = stamps(out);
    expect(changed(settled, afterEdit)).toEqual(['labs/lahore/projects/bus-map.html']);
    expect(readFileSync(join(out, 'labs/lahore/projects/bus-map.html'), 'utf8')).toContain('Nobody knows when the bus comes');

    // A project removed: its page goes, the pages that list or count it are written again; what the site did not write stays.
    rmSync(busMap);
    const removed = await runCli(['site'], { cwd: dir });
    expect(removed.stdout).toMatch(/: 3 files written, \d+ kept as they were, 1 removed\.$/m);
    expect(changed(afterEdit, stamps(out))).toEqual([
      '.cil-site.json',
      'dashboard/index.html',
      'index.html',
      'labs/lahore/index.html',
      'labs/lahore/projects/bus-map.html',
    ]);
    expect(existsSync(join(out, 'labs/lahore/projects'))).toBe(false);
    expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('labs.example.org\n');
  });
});

describe('an event that ends before it starts', () => {
  // As the audit's event-times rule reports them, beside an event that rightly goes on past midnight.
  const times = {
    'labs/lahore/events/2026-11-06-night-hack.yaml': 'title: Night hack\nkind: hack-night\ndate: 2026-11-06\nstarts: "23:00"\nends: "01:30"\n',
    'labs/lahore/events/2026-11-28-hackathon.yaml': 'title: Hackathon\nkind: hackathon\ndate: 2026-11-28\nuntil: 2026-11-27\n',
    'labs/lahore/events/2026-11-21-weekend-sprint.yaml': 'title: Weekend sprint\nkind: hack-night\ndate: 2026-11-21\nuntil: 2026-11-22\nstarts: "19:00"\nends: "02:00"\n',
  };

  it("is on no page, as it is not in the lab's calendar, and cil site names its file and says why, as cil export ics does", async () => {
    const dir = networkDir(times);
    const run = await runCli(['site'], { cwd: dir });
    const exported = await runCli(['export', 'ics'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(exported.stderr);
    expect(run.stderr.match(/^cil: left out [^:]*: it \w+ \w+ [^,;]*/gm)).toEqual([
      'cil: left out labs/lahore/events/2026-11-06-night-hack.yaml: it ends at 01:30',
      'cil: left out labs/lahore/events/2026-11-28-hackathon.yaml: it lasts until 27 November 2026',
    ]);
    const site = readSite(join(dir, '_site'));
    for (const [path, text] of site) expect(text, path).not.toMatch(/Night hack|Hackathon|night-hack|2026-11-28/);
    expect([...site.keys()].filter((path) => path.includes('hackathon'))).toEqual([]);
    expect(site.get('labs/lahore/index.html')).toContain('Weekend sprint');
    expect(site.get('labs/lahore/calendar.ics')).toContain('SUMMARY:Weekend sprint');
    // Made on a worker thread, a lab sends back what it left out.
    const built = (await import(BUILT_SITE)) as typeof import('../../src/commands/site.js');
    const threads = await built.site({ cwd: dir, out: 'threads', asOf: TEST_TODAY, threads: 1 });
    expect(threads.leftOut.map(({ file, why }) => `cil: left out ${file}: ${why}\n`).join('')).toBe(exported.stderr);
  });
});

describe("a project's MoU", () => {
  it("is its partner's when it records none, once signed by the day the site is built, as the reports say", async () => {
    const partners = (signed: string) => ({
      'labs/lahore/lab.yaml': `name: CIL Lahore\ncity: Lahore\nprovince: Punjab\nfounded: 2026-01-10\nstatus: active\nleads: [ayesha-khan]\npartners:\n  - { id: pitb, name: PITB, kind: government, mou_signed: ${signed} }\n`,
    });
    const finder = { 'labs/lahore/projects/finder.yaml': 'name: Finder\nstatus: discovery\nstarted: 2026-03-01\npartner: pitb\n' };
    const page = async (signed: string) => {
      const dir = networkDir({ ...partners(signed), ...finder });
      expect((await runCli(['site'], { cwd: dir })).status).toBe(0);
      return readSite(join(dir, '_site')).get('labs/lahore/projects/finder.html') ?? '';
    };
    expect(await page('2026-10-15')).toContain('(MoU signed <time datetime="2026-10-15">');
    expect(await page('2026-12-15')).not.toContain('MoU signed');
  });
});

describe('records that fail their schema', () => {
  it('are on no page, and cil site names each file, as the exports do', async () => {
    const dir = networkDir({
      'labs/lahore/events/2026-11-05-meetup.yaml': 'title: Typo meetup\nkind: meetup\ndate: 2026-11-05\nvenu: Hall\n',
      'labs/lahore/projects/finder.yaml': 'name: Finder\nstatus: bulding\n',
      'labs/karachi/lab.yaml': 'name: CIL Karachi\ncity: Karachi\nprovince: Sindh\nfounded: 2026-13-01\nstatus: active\nleads: []\n',
    });
    const run = await runCli(['site'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe([
      'cil: left out labs/karachi/lab.yaml: not a valid lab record; `cil audit` says why',
      'cil: left out labs/lahore/events/2026-11-05-meetup.yaml: not a valid event record; `cil audit` says why',
      'cil: left out labs/lahore/projects/finder.yaml: not a valid project record; `cil audit` says why',
      '',
    ].join('\n'));
    const site = readSite(join(dir, '_site'));
    for (const [path, text] of site) expect(text, path).not.toMatch(/Typo meetup|CIL Karachi/);
    expect([...site.keys()].filter((path) => path.includes('finder') || path.includes('karachi'))).toEqual([]);
  });
});

describe('--out', () => {
  it.each([
    ['the network itself', '.'],
    ['the folder holding it', '..'],
    ['a folder inside a lab', 'labs/lahore/site'],
  ])('refuses %s', async (_what, out) => {
    const dir = networkDir();
    const run = await runCli(['site', '--out', out], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: --out .+ (is the network's own folder|is inside the network's labs\/)/);
    expect(existsSync(join(dir, 'index.html'))).toBe(false);
  });

  it('refuses a folder that holds another network\'s records, and takes --base-url for the calendars to subscribe to', async () => {
    const dir = networkDir();
    const other = testdir({ 'cil.yaml': 'network: Other\n' });
    const refused = await runCli(['site', '--out', other], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/holds a network's records/);
    const run = await runCli(['site', '--base-url', 'https://labs.example.org/site'], { cwd: dir });
    expect(run.stderr).toBe('');
    const page = readFileSync(join(dir, '_site/labs/lahore/index.html'), 'utf8');
    expect(page).toContain('<a href="webcal://labs.example.org/site/labs/lahore/calendar.ics">subscribe to it</a>');
    expect(page).toContain('<link rel="canonical" href="https://labs.example.org/site/labs/lahore/">');
    const bad = await runCli(['site', '--base-url', 'labs.example.org'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/https:\/\//);
  });
});

describe('a large network', () => {
  /** Ten labs: enough for the built cil to start worker threads; from the sources, one thread makes all. */
  function tenLabs(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const city of ['lahore', 'multan', 'quetta', 'sukkur', 'gilgit', 'swat', 'hyderabad', 'bahawalpur', 'mardan', 'turbat']) {
      for (const [path, text] of Object.entries({ ...lab('2026-01-01'), ...member('ayesha-khan', '2026-01-01'), ...meeting('2026-11-07', ['ayesha-khan']) })) {
        files[path.replace('labs/lahore/', `labs/${city}/`)] = text.replace('Lahore', city);
      }
      files[`labs/${city}/reports/2026-10-monthly.yaml`] = 'kind: monthly\nperiod: 2026-10\nsubmitted: 2026-11-03\n';
      files[`labs/${city}/reports/2026-10-monthly.md`] = `# ${city}: October 2026\n\n## Successes\n\n| a | b |\n| --- | ---: |\n| ${city} | 1 |\n`;
    }
    return files;
  }

  it("says what is wrong in a network's template from a worker thread too, as the network's mistake", async () => {
    const dir = networkDir({ ...tenLabs(), 'templates/site/report.html.hbs': '<p>{{report.nmae}}</p>\n' });
    const built = (await import(BUILT_SITE)) as typeof import('../../src/commands/site.js');
    await expect(built.site({ cwd: dir, out: 'threads', asOf: TEST_TODAY, threads: 2 })).rejects.toMatchObject({
      name: 'CliError',
      message: expect.stringMatching(/^the site cannot be built: templates\/site\/report\.html\.hbs: `nmae` is not a field/),
    });
  });

  it('is made on worker threads beside this one, to the same bytes as on one thread', async () => {
    const dir = networkDir(tenLabs());
    // The build's own command (vitest builds dist/ first), where the worker threads' module is.
    const built = (await import(BUILT_SITE)) as typeof import('../../src/commands/site.js');
    const threads = await built.site({ cwd: dir, out: 'threads', asOf: TEST_TODAY, threads: 2 });
    expect(threads.written).toBeGreaterThan(30);
    const one = await runCli(['site', '--out', 'one'], { cwd: dir });
    expect(one.stderr).toBe('');
    const [onThreads, onOne] = [readSite(join(dir, 'threads')), readSite(join(dir, 'one'))];
    expect(onThreads.size).toBeGreaterThan(10 * 3);
    expect(onThreads).toEqual(onOne);
  });
});

describe('a network of many labs', () => {
  it('has its dashboard in pages of fifteen labs, linked to each other, each page light', async () => {
    const files: Record<string, string> = {};
    // With the base network's lab, 45 in all.
    for (let index = 1; index <= 44; index++) {
      const id = `lab-${index}`;
      files[`labs/${id}/lab.yaml`] = `name: Civic Innovation Lab ${index}\ncity: City ${index}\nprovince: Punjab\nfounded: 2026-01-01\nstatus: active\nleads: [ayesha-khan]\n`;
      files[`labs/${id}/members/ayesha-khan.yaml`] = 'name: Ayesha Khan\njoined: 2026-01-01\nroles: [{ role: organizer }]\nstatus: active\n';
    }
    const dir = networkDir(files);
    const run = await runCli(['site'], { cwd: dir });
    expect(run.stderr).toBe('');
    const site = readSite(join(dir, '_site'));
    const pages = ['dashboard/index.html', 'dashboard/2/index.html', 'dashboard/3/index.html'];
    expect([...site.keys()].filter((path) => path.startsWith('dashboard/')).sort()).toEqual(pages.sort());
    expect(site.get('dashboard/2/index.html')).toContain('<p>Labs 16 to 30 of 45. Page: <a href="../../dashboard/index.html">1</a> <a href="../../dashboard/2/index.html" aria-current="page">2</a>');
    expect(site.get('dashboard/3/index.html')?.match(/<tr data-lab=/g)).toHaveLength(15 * 2);
    for (const [path, text] of site) expect(Buffer.byteLength(text), path).toBeLessThan(60 * 1024);
  });
});

describe('a network of 200 labs with long names', () => {
  it("keeps every page under 60 KB: the views of every lab show the 50 nearest events, a lab's own views all of its events in pages", async () => {
    const files: Record<string, string> = { 'cil.yaml': 'network: Test Network\ntimezone: Asia/Karachi\n' };
    for (let index = 1; index <= 200; index++) {
      const lab = `labs/lab-${String(index).padStart(3, '0')}`;
      files[`${lab}/lab.yaml`] = `name: Civic Innovation Lab Dera Ismail Khan ${index}\ncity: Dera Ismail Khan\nprovince: Khyber Pakhtunkhwa\nfounded: 2025-01-01\nstatus: active\nleads: [ayesha-khan]\n`;
      files[`${lab}/members/ayesha-khan.yaml`] = 'name: Ayesha Khan\njoined: 2025-01-01\nroles: [{ role: technologist }]\nstatus: active\n';
      files[`${lab}/events/2026-10-03-community-event.yaml`] = [
        `title: Community open data and budget literacy evening ${index}`,
        'kind: community-event',
        'date: 2026-10-03',
        'venue: Gomal University Auditorium, Dera Ismail Khan',
        'audience: { citizens: 30, technologists: 10 }',
        '',
      ].join('\n');
    }
    // One lab with four years of weekly meetups behind it, besides its community evening.
    const meetups: string[] = [];
    for (let week = 0; week < 210; week++) {
      const date = new Date(Date.UTC(2022, 0, 4 + week * 7)).toISOString().slice(0, 10);
      meetups.push(`Weekly open data and budget literacy meetup ${week + 1}`);
      files[`labs/lab-001/events/${date}-meetup.yaml`] = [
        `title: ${meetups.at(-1)}`,
        'kind: meetup',
        `date: ${date}`,
        'starts: "18:00"',
        'ends: "20:00"',
        'venue: Gomal University Auditorium, Dera Ismail Khan',
        '',
      ].join('\n');
    }
    const dir = testdir(files);
    const run = await runCli(['site'], { cwd: dir });
    expect(run.stderr).toBe('');
    const site = readSite(join(dir, '_site'));
    const pages = [...site].filter(([path]) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1000);
    for (const [path, text] of pages) expect(Buffer.byteLength(text), path).toBeLessThan(60 * 1024);
    expect(site.get('events/kind/community-event/past/index.html')).toContain('The 50 most recent of 200 past events');

    // Each of the lab's views, page after page, reached by links from the lab's own page, holds every one of its events once.
    const reached = reachableFrom(site, 'labs/lab-001/index.html', 'events/lab/lab-001/');
    const evening = 'Community open data and budget literacy evening 1';
    for (const [view, titles] of [['past', [...meetups, evening]], ['kind/meetup/past', meetups]] as const) {
      const viewPages = reached.filter((path) => new RegExp(`^events/lab/lab-001/${view}/(\\d+/)?index\\.html$`).test(path));
      expect(viewPages, view).toHaveLength(Math.ceil(titles.length / 50));
      const shown = viewPages.flatMap((path) => [...(site.get(path) ?? '').matchAll(/<p class="what"><bdi>([^<]*)<\/bdi>/g)].map((match) => match[1]));
      expect(shown.sort(), view).toEqual([...titles].sort());
    }
    const second = site.get('events/lab/lab-001/past/2/index.html') ?? '';
    expect(second).toContain('<p>Past events 51 to 100 of 211. Page: <a href="../../../../../events/lab/lab-001/past/index.html">1</a>');
    // A lab's own view names the lab once, not in each event.
    expect(second).toContain('<p class="where"><bdi>Gomal University Auditorium, Dera Ismail Khan</bdi></p>');
  });
});

describe('a site folder with a symbolic link in it', () => {
  it('is refused before anything is written or removed through the link', async () => {
    const dir = networkDir({ 'private/notes.txt': 'kept\n', '_site/.cil-site.json': '{"files":["x/notes.txt","index.html"]}\n' });
    symlinkSync(join(dir, 'private'), join(dir, '_site/x'));
    const run = await runCli(['site'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: x in the site's folder leads outside it .+ through a symbolic link/);
    expect(readFileSync(join(dir, 'private/notes.txt'), 'utf8')).toBe('kept\n');
  });
});

describe('--out through a symbolic link', () => {
  it('is judged where it leads: into the labs, it is refused', async () => {
    const dir = networkDir();
    symlinkSync(join(dir, 'labs/lahore'), join(dir, 'public'));
    const run = await runCli(['site', '--out', 'public'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is inside the network's labs\//);
    expect(existsSync(join(dir, 'labs/lahore/index.html'))).toBe(false);
  });
});
