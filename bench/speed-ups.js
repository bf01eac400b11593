// The speed-ups kept inside cil's domain code, each measured beside the plain code it
// replaces, on the records and documents of a network: what justifies keeping each one.
//   node bench/speed-ups.js <network folder> [runs]
// Prints one JSON row per speed-up; bench/run.js puts them in bench/RESULTS.md.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (path) => import(join(ROOT, 'dist', path));
const { loadNetwork } = await dist('network/load-network.js');
const { resolveSettings } = await dist('network/settings.js');
const { reportContext } = await dist('reports/context.js');
const markdown = await dist('reports/markdown.js');
const { locatePlaces } = await dist('network/locate.js');
const { readWithJsYaml } = await dist('network/parse-yaml.js');
const { WEB_ADDRESS, blankWebAddresses, spelledAtSigns, withoutContactData } = await dist('text/contact-data.js');
const { formatNumber } = await dist('reports/helpers.js');
const { hoursOfMonth, monthHours } = await dist('handbook/hours.js');
const { monthsOf, periodOf } = await dist('calendar/periods.js');

const [dir, runsText = '5'] = process.argv.slice(2);
const RUNS = Number(runsText);
// Enough labs for stable figures, few enough to run in seconds.
const labs = readdirSync(join(dir, 'labs')).sort().slice(0, 40);
const network = loadNetwork(dir, { labs });
const settings = resolveSettings(network.config);

/** Median of `runs` timings of `work`, in milliseconds, the two variants taken in turn. */
function sideBySide(plain, kept) {
  const samples = [[], []];
  for (let run = 0; run < RUNS; run++) {
    for (const [index, work] of [plain, kept].entries()) {
      const started = process.hrtime.bigint();
      work();
      samples[index].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return samples.map((times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
}

// The plain versions, as the code would read without the speed-up.
const plainMarkdown = (text) =>
  withoutContactData(text)
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
    .replace(/[\\|<]/g, (char) => `\\${char}`)
    .replace(/^(#{1,6}|[-+*])(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
const plainEscape = (value) => {
  if (typeof value === 'string') return plainMarkdown(value);
  if (Array.isArray(value)) return value.map(plainEscape);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainEscape(item)]));
  return value;
};
// "at" between spaces or in brackets, as a spelled-out e-mail address has it, tried at every place.
const plainSpelledAt = /(?:\s*[[({]\s*at\s*[\])}]\s*|\s+at\s+)/gi;
const plainTidy = (text) => `${text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
const plainTable = (headers, rows) => {
  const cell = (value) => (value === null || value === undefined || value === '' ? '—' : String(value));
  const numeric = (index) => rows.length > 0 && rows.every((row) => typeof row[index] === 'number' || row[index] === null);
  return [`| ${headers.join(' | ')} |`, `| ${headers.map((_, index) => (numeric(index) ? '---:' : '---')).join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
};

const contexts = [];
const documents = [];
for (const folder of network.labs.values()) {
  for (const [name, file] of folder.reports) {
    const context = file.record && reportContext(folder, name, file.record, settings);
    if (context) contexts.push(context);
  }
  for (const document of folder.documents.values()) if (document.text) documents.push(document.text);
}
const tables = contexts.flatMap((context) =>
  [context.figures.events, context.figures.meetings, context.figures.members.active, context.figures.months]
    .filter((rows) => rows.length > 0)
    .map((rows) => {
      const headers = Object.keys(rows[0]);
      return [headers, rows.map((row) => headers.map((header) => row[header]))];
    }),
);
// Every number of every report's figures, as the templates format them.
const numbers = [];
const collect = (value) => {
  if (typeof value === 'number') numbers.push(value);
  else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
};
contexts.forEach((context) => collect(context.figures));
const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
// The months each report's hours figures take: a month counts in its monthly, quarterly, half-year and annual reports.
const reportMonths = [...network.labs.values()].flatMap((folder) =>
  [...folder.reports.values()].flatMap((file) => {
    const period = file.record?.period === undefined ? undefined : periodOf(file.record.kind, String(file.record.period));
    return period ? monthsOf(period).map((month) => [folder, month]) : [];
  }),
);
const records = network.files.filter((file) => file.data !== undefined && file.text !== undefined);
// One place in each record, as a finding about it has: its first field's value.
const places = records.map((file) => [file.text, [{ path: [Object.keys(readWithJsYaml(file.text) ?? {})[0] ?? 'name'], anchor: 'value' }]]);

const rows = [
  {
    what: `escaping the contexts of ${contexts.length} reports for Markdown: copy-on-write, strings tested once`,
    times: sideBySide(() => contexts.forEach(plainEscape), () => contexts.forEach((context) => markdown.escapeStrings(context))),
  },
  {
    what: `placing a finding in each of ${records.length} records: plain records read line by line`,
    times: sideBySide(
      () => places.forEach(([text, place]) => locatePlaces(text, place, { thorough: true })),
      () => places.forEach(([text, place]) => locatePlaces(text, place)),
    ),
    plain: 'yaml',
  },
  {
    what: `tidying ${documents.length} rendered documents: a tidy one returned as it is`,
    times: sideBySide(() => documents.forEach(plainTidy), () => documents.forEach((text) => markdown.tidyMarkdown(text))),
  },
  {
    what: `${tables.length} report tables: built cell by cell`,
    times: sideBySide(
      () => tables.forEach(([headers, cells]) => plainTable(headers, cells)),
      () => tables.forEach(([headers, cells]) => markdown.markdownTable(headers, cells.length, (row, column) => cells[row][column])),
    ),
  },
  {
    what: `formatting the ${numbers.length} numbers of those reports' figures: numbers under a thousand with at most one decimal written without Intl`,
    times: sideBySide(() => numbers.forEach((number) => intl.format(number)), () => numbers.forEach(formatNumber)),
  },
  {
    what: `the hours of the ${reportMonths.length} months those reports cover: each month worked out once per lab`,
    // A copy of the policy each run: what a lab remembers is kept for one policy, so each run starts afresh.
    times: sideBySide(
      () => reportMonths.forEach(([folder, month]) => monthHours(folder, month, settings.policy)),
      () => {
        const policy = { ...settings.policy };
        reportMonths.forEach(([folder, month]) => hoursOfMonth(folder, month, policy));
      },
    ),
  },
];
const spelledAt = (pattern) => documents.map((text) => [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`).join());
const spelledAtFound = documents.map((text) => [...spelledAtSigns(text)].map((match) => `${match.index}:${match[0]}`).join());
if (spelledAt(plainSpelledAt).join('\n') !== spelledAtFound.join('\n')) throw new Error('the two searches for a spelled-out "at" differ');
rows.push({
  what: `finding each "at" of a spelled-out e-mail address in ${documents.length} documents: searched from each "at" after a space or a bracket`,
  times: sideBySide(
    () => documents.forEach((text) => [...text.matchAll(plainSpelledAt)]),
    () => documents.forEach((text) => [...spelledAtSigns(text)]),
  ),
});
const blankEverywhere = (text) => text.replace(WEB_ADDRESS, (match) => ' '.repeat(match.length));
if (documents.some((text) => blankWebAddresses(text) !== blankEverywhere(text))) throw new Error('the two searches for web addresses differ');
rows.push({
  what: `blanking the web addresses of ${documents.length} documents: only the runs between spaces that hold a "/" or "www." searched`,
  times: sideBySide(() => documents.forEach(blankEverywhere), () => documents.forEach(blankWebAddresses)),
});
for (const row of rows) console.log(JSON.stringify(row));
