import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/network/load-network.js';
import { resolveSettings } from '../../src/network/settings.js';
import { renderReport } from '../../src/reports/render.js';
import { loadTemplates } from '../../src/reports/templates.js';
import { networkDir } from '../helpers/network.js';
import type { Files } from '../helpers/testdir.js';

const monthly = 'labs/lahore/reports/2026-10-monthly.yaml';

function render(files: Files, name = '2026-10-monthly') {
  const dir = networkDir(files);
  const network = loadNetwork(dir);
  return renderReport(network.labs.get('lahore')!, name, resolveSettings(network.config), loadTemplates(dir));
}

describe('rendering a report', () => {
  it('titles the document with the lab and period, and lists the narrative in the handbook order', () => {
    const text = render({ [monthly]: 'kind: monthly\nperiod: 2026-10\nsubmitted: 2026-11-03\nauthors: [ayesha-khan]\nnext_steps: [Meet PITB]\nsuccesses: [First meetup]\n' })?.text ?? '';
    expect(text.split('\n')[0]).toBe('# Civic Innovation Lab Lahore: Monthly progress update, October 2026');
    expect(text).toContain('submitted on 3 November 2026 by Ayesha Khan.');
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings.slice(0, 5)).toEqual(['## At a glance', '## Successes', '## Blockers', '## Next steps', '## Videos and case studies']);
    expect(text).toContain('## Blockers\n\n_None recorded._');
  });

  it('gives the share of women among the members who gave their gender, and says so when some did not', () => {
    const person = (name: string, gender: string) => `name: ${name}\njoined: 2026-02-01\nroles: [{ role: technologist }]\nstatus: active\n${gender}`;
    const members = (bilal: string) => ({
      [monthly]: 'kind: monthly\nperiod: 2026-10\n',
      'labs/lahore/members/ayesha-khan.yaml': person('Ayesha Khan', 'gender: woman\n'),
      'labs/lahore/members/sara-malik.yaml': person('Sara Malik', 'gender: woman\n'),
      'labs/lahore/members/bilal-ahmed.yaml': person('Bilal Ahmed', bilal),
    });
    // Lines are wrapped: words may be a space or a line break apart.
    const words = (text: string) => new RegExp(text.replace(/[()]/g, '\\$&').replace(/ /g, '\\s+'));
    expect(render(members('gender: man\n'))?.text).toMatch(words('3 active at the end of the period (67% women)'));
    expect(render(members(''))?.text).toMatch(words('3 active at the end of the period (100% women of the 2 who gave their gender)'));
    const none = { ...members(''), 'labs/lahore/members/ayesha-khan.yaml': person('Ayesha Khan', ''), 'labs/lahore/members/sara-malik.yaml': person('Sara Malik', '') };
    expect(render(none)?.text).toMatch(words('3 active at the end of the period (none gave their gender)'));
  });

  it('shows who joined, left, was offboarded and reinstated, and attendance as counts, never reasons or who missed', () => {
    const person = (name: string, extra: string) => `name: ${name}\njoined: 2026-02-01\nroles: [{ role: technologist }]\n${extra}`;
    const text
      = render({
        [monthly]: 'kind: monthly\nperiod: 2026-10\n',
        'labs/lahore/members/ayesha-khan.yaml': person('Ayesha Khan', 'status: active\n'),
        'labs/lahore/members/omar-farooq.yaml': person('Omar Farooq', 'status: offboarded\noffboarded: { date: 2026-10-15, reason: Rude to a partner, handover: Notes to Ayesha }\n'),
        'labs/lahore/members/sara-malik.yaml': person('Sara Malik', 'status: alumni\nleft: { date: 2026-10-20, reason: Family troubles }\n'),
        'labs/lahore/members/zara-khan.yaml': person('Zara Khan', [
          'status: active',
          'warnings: [{ date: 2026-06-01, reason: Missed two meetups }]',
          'offboarded: { date: 2026-08-01, reason: Missed everything, handover: None }',
          'reinstated: [{ date: 2026-10-02, terms: Attends every meetup until March }]',
          '',
        ].join('\n')),
        'labs/lahore/events/2026-10-05-meetup.yaml': 'title: Meetup\nkind: meetup\ndate: 2026-10-05\nattendance: { present: [ayesha-khan] }\n',
      })?.text ?? '';
    expect(text).toContain('- **Members:** 0 joined, 1 left, 1 offboarded, 1 reinstated, 2 active at the end\n  of the period');
    expect(text).toContain('Left: Sara Malik (20 October 2026).\n\nOffboarded: Omar Farooq (15 October 2026).\n\nReinstated: Zara Khan (2 October 2026).\n');
    expect(text).toContain('| Date | Meeting | Present | Excused | Missed without notice |\n| --- | --- | ---: | ---: | ---: |\n| 5 October 2026 | Meetup | 1 | 0 | 3 |\n');
    for (const private_ of ['Rude to a partner', 'Notes to Ayesha', 'Family troubles', 'Missed two meetups', 'Missed everything', 'Attends every meetup']) expect(text).not.toContain(private_);
  });

  it('shows record text as written, escaping only what would break Markdown', () => {
    const text
      = render({
        [monthly]: "kind: monthly\nperiod: 2026-10\nsuccesses: ['Chai & samosas for everyone', \"People's budget | in a table\", '<script>alert(1)</script>']\n",
        'labs/lahore/events/2026-10-05-meetup.yaml': "title: Q&A with the Mayor's office | budget\nkind: meetup\ndate: 2026-10-05\nvenue: <b>City Hall</b>\n",
      })?.text ?? '';
    expect(text).toContain('- Chai & samosas for everyone');
    expect(text).toContain("- People's budget \\| in a table");
    expect(text).toContain('- \\<script>alert(1)\\</script>');
    expect(text).toContain("| 5 October 2026 | Q&A with the Mayor's office \\| budget | meetup | \\<b>City Hall\\</b> |");
    expect(text).not.toMatch(/&amp;|&#x27;|&#39;|&lt;/);
  });

  it("uses the network's own template and partials in place of the built-in ones", () => {
    const rendered = render({
      [monthly]: 'kind: monthly\nperiod: 2026-10\nsuccesses: [A & B]\n',
      'templates/monthly.md.hbs': '# {{lab.name}}: {{report.period.label}}\n\n{{> thanks}}\n\n{{list narrative.successes}}\n',
      'templates/partials/thanks.md.hbs': 'Thank you, {{lab.city}}!',
    });
    expect(rendered?.text).toBe('# Civic Innovation Lab Lahore: October 2026\n\nThank you, Lahore!\n\n- A & B\n');
  });

  it('overrides a built-in partial for every kind', () => {
    const rendered = render({
      [monthly]: 'kind: monthly\nperiod: 2026-10\n',
      'templates/partials/footer.md.hbs': '_Our own footer._',
    });
    expect(rendered?.text?.trimEnd().endsWith('_Our own footer._')).toBe(true);
  });

  it('names the template and the field when a template has a typo', () => {
    const rendered = render({
      [monthly]: 'kind: monthly\nperiod: 2026-10\n',
      'templates/monthly.md.hbs': '# {{lab.name}}\n\n{{narrative.sucesses}}\n',
    });
    expect(rendered?.text).toBeUndefined();
    expect(rendered?.problem).toBe(
      'templates/monthly.md.hbs: `sucesses` is not a field it can use (line 3); check the spelling against the fields listed in the README',
    );
  });

  it('keeps prototype protections on', () => {
    const rendered = render({
      [monthly]: 'kind: monthly\nperiod: 2026-10\n',
      'templates/monthly.md.hbs': '[{{lab.constructor}}][{{lab.__proto__}}]\n',
    });
    expect(rendered?.text).toBe('[][]\n');
  });

  it('leaves out a report whose record has problems', () => {
    expect(render({ [monthly]: 'kind: monthly\nperiod: 2026-13\n' })).toBeUndefined();
  });
});
