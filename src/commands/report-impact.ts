import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings, type Settings } from '../network/settings.js';
import type { Network, RecordFile } from '../network/types.js';
import { argument, type Given, list, text, texts } from '../prompt/fields.js';
import { contactDataIn, dateField } from '../prompt/record-fields.js';
import { REPORT_SWITCHES, type ReportBase, readNarrativeFile } from '../prompt/report-fields.js';
import { IMPACT_FOLDER, impactName, renderImpactReport } from '../reports/impact.js';
import { loadTemplates } from '../reports/templates.js';
import type { ImpactReportRecord } from '../schema/records.generated.js';
import { checkValue, validateRecord } from '../schema/validate.js';
import { recordToYaml } from '../write/record-yaml.js';
import { writingCommand } from '../write/writing-command.js';

/** The network opened to draft its impact report in, with the `--from` file read. */
interface OpenImpact {
  root: string;
  network: Network;
  settings: Settings;
  today: string;
  year: number;
  base: ReportBase;
  force: boolean;
}

const ORDER = ['kind', 'year', 'submitted', 'authors', 'summary', 'stories', 'acknowledgements'];

const checked = (field: string) => (value: unknown) => contactDataIn(value) ?? checkValue('impact', [field], value);
const fromBase = (field: string) => (_given: Given, { base }: OpenImpact) => {
  const value = base[field];
  return Array.isArray(value) ? value.map(String) : undefined;
};

/**
 * `cil report impact <YYYY>`: drafts the network's impact report of a year
 * (`reports/<YYYY>-impact.yaml`, its narrative) and renders its document from the records
 * of every lab. An existing report is never overwritten (`--force` aside).
 */
export const impactReportDraft = writingCommand({
  arguments: { year: argument('the year reported on, like 2026') },
  switches: REPORT_SWITCHES,
  fields: {
    submitted: dateField<OpenImpact, true>('Date published', 'impact', ['submitted'], {
      required: true,
      defaultHelp: 'today',
      default: (_given, { base, today }) => (typeof base.submitted === 'string' ? base.submitted : today),
    }),
    authors: list({
      question: 'Authors, by name',
      help: 'who wrote it, by name, separated by commas',
      valueName: 'names',
      check: checked('authors'),
      default: fromBase('authors'),
    }),
    summary: text({
      question: 'The year in a few sentences',
      valueName: 'text',
      check: checked('summary'),
      default: (_given: Given, { base }: OpenImpact) => (typeof base.summary === 'string' ? base.summary : undefined),
    }),
    story: texts({ question: "A story of the year's work", help: "a story of the year's work (repeat for more)", valueName: 'text', check: checked('stories'), default: fromBase('stories') }),
    acknowledgement: texts({
      question: 'Who the network thanks',
      help: 'who the network thanks: a funder, a partner, a mentor (repeat for more)',
      valueName: 'text',
      check: checked('acknowledgements'),
      default: fromBase('acknowledgements'),
    }),
  },
  open({ year }, switches, options): OpenImpact {
    if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100) throw new CliError(`\`${year}\` is not a year: write it like 2026`);
    const root = findNetworkRoot(options.cwd, options.repo);
    const network = loadNetwork(root);
    const settings = resolveSettings(network.config);
    const base = switches.from === undefined ? {} : readNarrativeFile(resolve(options.cwd, switches.from), 'impact');
    const today = resolveAsOf(options.asOf, settings.timezone);
    return { root, network, settings, today, year: Number(year), base, force: switches.force === true };
  },
  plan(opened, answers) {
    const fields: Record<string, unknown> = {
      ...opened.base,
      kind: 'impact',
      year: opened.year,
      submitted: answers.submitted,
      authors: answers.authors,
      summary: answers.summary,
      stories: answers.story,
      acknowledgements: answers.acknowledgement,
    };
    const record = Object.fromEntries(
      ORDER.filter((key) => fields[key] !== undefined).map((key) => [key, fields[key]]),
    ) as unknown as ImpactReportRecord;
    const problem = validateRecord('impact', record)[0];
    if (problem) throw new CliError(`the report would not be valid: ${problem.message}`);
    const name = impactName(opened.year);
    const path = `${IMPACT_FOLDER}/${name}`;
    if (!opened.force) {
      for (const existing of [`${path}.yaml`, `${path}.md`].filter((file) => existsSync(join(opened.root, file)))) {
        throw new CliError(`${existing} already exists; nothing was written (use --force to replace the report)`);
      }
    }
    const yaml = recordToYaml(record);
    const file: RecordFile<ImpactReportRecord> = { path: `${path}.yaml`, kind: 'impact', id: name, entry: 'file', text: yaml, data: record, record, syntaxProblems: [], schemaProblems: [] };
    const network = { ...opened.network, impactReports: new Map(opened.network.impactReports).set(name, file) };
    const rendered = renderImpactReport(network, name, opened.settings, loadTemplates(opened.root));
    if (rendered?.text === undefined) throw new CliError(`${path}.yaml cannot be rendered: ${rendered?.problem ?? 'its year is unknown'}`);
    return {
      root: opened.root,
      files: [
        { path: `${path}.yaml`, text: yaml, replaces: opened.force },
        { path: `${path}.md`, text: rendered.text, replaces: opened.force },
      ],
      message: `Draft the network's impact report of ${opened.year}`,
    };
  },
  draft: (answers) => ({ kind: 'impact', submitted: answers.submitted, authors: answers.authors, summary: answers.summary, stories: answers.story, acknowledgements: answers.acknowledgement }),
});
