import { periodOf } from '../calendar/periods.js';
import type { Settings } from '../network/settings.js';
import type { Network } from '../network/types.js';
import type { ImpactReportRecord } from '../schema/records.generated.js';
import { computeImpactFigures, type ImpactFigures } from './impact-figures.js';
import { escapeStrings } from './markdown.js';
import type { CheckedDocument, RenderedReport } from './render.js';
import { loadTemplates, TemplateError, type Templates } from './templates.js';

/** Where the network's own reports live, and the name of a year's impact report. */
export const IMPACT_FOLDER = 'reports';
export const impactName = (year: number | string) => `${year}-impact`;

/** What the impact template sees: the network, the report and its narrative, and the figures of every lab. */
export interface ImpactContext {
  network: { name: string; timezone: string };
  report: {
    name: string;
    kind: 'impact';
    title: string;
    year: number;
    period: { id: string; start: string; end: string; label: string };
    submitted: string | null;
    authors: string[];
  };
  narrative: { summary: string | null; stories: string[]; acknowledgements: string[] };
  figures: ImpactFigures;
}

export function impactContext(network: Network, name: string, report: ImpactReportRecord, settings: Pick<Settings, 'network' | 'timezone' | 'policy'>): ImpactContext | undefined {
  const period = periodOf('annual', report.year);
  if (!period) return undefined;
  return escapeStrings({
    network: { name: settings.network, timezone: settings.timezone },
    report: {
      name,
      kind: 'impact',
      title: 'Impact report',
      year: report.year,
      period,
      submitted: report.submitted ?? null,
      authors: report.authors ?? [],
    },
    narrative: { summary: report.summary ?? null, stories: report.stories ?? [], acknowledgements: report.acknowledgements ?? [] },
    figures: computeImpactFigures(network, period, settings.policy),
  });
}

/** One impact report rendered, or undefined when its record is not valid. */
export function renderImpactReport(network: Network, name: string, settings: Settings, templates: Templates): RenderedReport | undefined {
  const file = network.impactReports.get(name);
  const report = file?.record;
  if (!file || !report) return undefined;
  const context = impactContext(network, name, report, settings);
  if (!context) return undefined;
  const base = { lab: '', name, record: file.path, document: `${IMPACT_FOLDER}/${name}.md` };
  try {
    return { ...base, text: templates.render('impact', context) };
  } catch (error) {
    if (error instanceof TemplateError) return { ...base, problem: error.message };
    throw error;
  }
}

/** Every impact report's document compared with what its record, every lab's records and the templates produce now. */
export function checkImpactDocuments(network: Network, settings: Settings, templates: Templates): CheckedDocument[] {
  return [...network.impactReports.keys()].flatMap((name): CheckedDocument[] => {
    const rendered = renderImpactReport(network, name, settings, templates);
    if (!rendered) return [];
    if (rendered.text === undefined) return [{ ...rendered, state: 'unrenderable' }];
    const existing = network.impactDocuments.get(name)?.text;
    if (existing === undefined) return [{ ...rendered, state: 'missing' }];
    const text = existing.includes('\r') ? existing.replace(/\r\n/g, '\n') : existing;
    return [{ ...rendered, state: text === rendered.text ? 'current' : 'stale' }];
  });
}

/** checkImpactDocuments with the network's own templates. */
export function impactDocumentStates(network: Network, settings: Settings) {
  return checkImpactDocuments(network, settings, loadTemplates(network.templates ?? network.root));
}
