import type { HelperDelegate, HelperOptions } from 'handlebars';
import { formatDay } from '../calendar/format.js';
import { monthName } from '../calendar/periods.js';
import { markdownTable, NumberText } from './markdown.js';

/**
 * The helpers templates may use. Values reaching them are already escaped for Markdown.
 *
 * - `date d`: a calendar date (YYYY-MM-DD, a day in the network's time zone) as `5 November 2026`.
 * - `month m`: a month (YYYY-MM) as `November 2026`.
 * - `plural n "meetup"`: `1 meetup`, `3 meetups`; an irregular plural may follow (`plural n "person" "people"`).
 * - `number n`: a number with thousands separators (`12,345`; `1,234.5`), or `—` when there is none.
 * - `percent share` or `percent part whole`: `34%`, or `—` when there is nothing to divide.
 * - `table rows "Header:field" ...`: a Markdown table of the rows' fields, or `_None._`.
 * - `list items`: a bulleted list, or `_None recorded._`.
 * - `join names`: `Ayesha Khan`, `Ayesha Khan and Sara Malik`, `A, B and C`.
 * - `eq a b`: whether two values are equal, for `{{#if (eq kind "meetup")}}`.
 */
export const HELPERS: Record<string, HelperDelegate> = {
  date: (value: unknown) => formatDay(value),
  month: (value: unknown) => {
    const text = String(value);
    return /^\d{4}-\d{2}$/.test(text) ? `${monthName(Number(text.slice(5)))} ${text.slice(0, 4)}` : text;
  },
  plural: (count: unknown, singular: unknown, ...rest: unknown[]) => {
    const pluralForm = rest.length > 1 ? String(rest[0]) : `${String(singular)}s`;
    const shown = typeof count === 'number' ? formatNumber(count) : String(count);
    return `${shown} ${Number(count) === 1 ? String(singular) : pluralForm}`;
  },
  number: (value: unknown) => formatNumber(value),
  percent: (part: unknown, ...rest: unknown[]) => {
    const whole = rest.length > 1 ? Number(rest[0]) : 1;
    if (part === null || part === undefined || !Number.isFinite(Number(part)) || !whole) return '—';
    return `${Math.round((Number(part) / whole) * 100)}%`;
  },
  table: (rows: unknown, ...specs: unknown[]) => {
    const columns = tableColumns(specs.slice(0, -1) as string[]);
    const items = Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
    if (items.length === 0) return '_None._';
    return markdownTable(
      columns.map((column) => column.header),
      items.length,
      (row, column) => {
        const { field, format } = columns[column] as TableColumn;
        return formatCell((items[row] as Record<string, unknown>)[field], format);
      },
    );
  },
  list: (items: unknown) => {
    const values = Array.isArray(items) ? items : [];
    return values.length === 0 ? '_None recorded._' : values.map((item) => `- ${String(item)}`).join('\n');
  },
  join: (items: unknown) => {
    const values = (Array.isArray(items) ? items : []).map(String);
    return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;
  },
  eq: (a: unknown, b: unknown) => a === b,
};

interface TableColumn {
  header: string;
  field: string;
  format: string | undefined;
}

/** `"Header:field:format"` specs as columns. */
function tableColumns(specs: readonly string[]): TableColumn[] {
  return specs.map((spec) => {
    const [header = '', field = header, format] = spec.split(':');
    return { header, field, format };
  });
}

function formatCell(value: unknown, format: string | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (format === 'date') return formatDay(value);
  if (format === 'number') return new NumberText(formatNumber(value));
  if (format === 'percent') return HELPERS.percent?.(value, {} as HelperOptions);
  return value;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A number as people read it: thousands separated by commas, at most one decimal. */
export function formatNumber(value: unknown): string {
  if (value === null || value === undefined || value === '' || !Number.isFinite(Number(value))) return '—';
  const number = Number(value);
  // Most figures are under a thousand, need no separator and have at most one decimal (hours):
  // String writes those as Intl does, without its cost (the audit formats every figure of
  // every document it renders). Anything else, Intl rounds and separates.
  if (number > -1000 && number < 1000 && !Object.is(number, -0)) {
    const text = String(number);
    if (AT_MOST_ONE_DECIMAL.test(text)) return text;
  }
  return NUMBER.format(number);
}

const AT_MOST_ONE_DECIMAL = /^-?\d+(?:\.\d)?$/;
