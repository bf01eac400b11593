import { createRequire } from 'node:module';
import type { RecordPath } from '../../schema/types.js';
import { isIsoDate } from '../../schema/formats.js';
import { documentStates } from '../../reports/render.js';
import { isSlug } from '../../text/slug.js';
import type { Rule } from '../types.js';

interface Found {
  what: 'an e-mail address' | 'a phone number' | 'a CNIC number';
  text: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// A CNIC (computerised national identity card) number: 12345-1234567-1, or its 13 digits.
const CNIC = /(?<![\d-])(?:\d{5}-\d{7}-\d|\d{13})(?![\d-])/g;
// Web addresses are not personal data (a mailto: link is, so it is left in).
const URL_TEXT = /\bhttps?:\/\/\S+/g;
const DATES = /\b\d{4}-\d{2}-\d{2}\b/g;
const SEVEN_DIGITS = /\d(?:[\s().+-]{0,3}\d){6}/;
const GITHUB_HANDLE = /^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

type PhoneNumberFinder = typeof import('libphonenumber-js').findPhoneNumbersInText;
let phoneNumberFinder: PhoneNumberFinder | undefined;

/**
 * libphonenumber-js, loaded the first time a text has seven digits in a row: it takes about a
 * tenth of a second to load, in every thread, and most networks hold no such text.
 */
function findPhoneNumbersInText(text: string): ReturnType<PhoneNumberFinder> {
  phoneNumberFinder ??= (createRequire(import.meta.url)('libphonenumber-js') as typeof import('libphonenumber-js')).findPhoneNumbersInText;
  return phoneNumberFinder(text, 'PK');
}

/**
 * Contact details in a text: e-mail addresses, CNIC numbers, and phone numbers in Pakistani
 * (0321-7654321, +92 321 7654321, 042-35761234) and international forms, as
 * libphonenumber-js recognises valid numbers. Web addresses and dates are blanked first, so
 * their digits are never taken for a phone number.
 */
export function findPersonalData(text: string): Found[] {
  const found: Found[] = [];
  const blank = (match: string) => ' '.repeat(match.length);
  let rest = text.replace(URL_TEXT, blank).replace(DATES, blank);
  if (rest.includes('@')) {
    rest = rest.replace(EMAIL, (match) => {
      found.push({ what: 'an e-mail address', text: match });
      return blank(match);
    });
  }
  rest = rest.replace(CNIC, (match) => {
    found.push({ what: 'a CNIC number', text: match });
    return blank(match);
  });
  // A phone number has at least seven digits; most text has no such run, and the parser is costly.
  if (!SEVEN_DIGITS.test(rest)) return found;
  for (const number of findPhoneNumbersInText(rest)) {
    found.push({ what: 'a phone number', text: rest.slice(number.startsAt, number.endsAt) });
  }
  return found;
}

/** Shows enough of a match to find it, without repeating it in public CI logs. */
export function mask(text: string): string {
  if (text.includes('@')) {
    const [local = '', domain = ''] = text.split('@');
    return `${local.slice(0, 1)}***@${domain}`;
  }
  let digits = 0;
  return text.replace(/\d/g, (digit) => (++digits <= 4 ? digit : '*'));
}

/** The handbook: contact details never go in public records; where a lab needs them, they belong in private/. */
export const personalData: Rule = {
  id: 'personal-data',
  description:
    'No record or report holds e-mail addresses, phone numbers (Pakistani or international) or CNIC numbers; dates, ids, web addresses and GitHub handles are not taken for them. Contact details belong in private/.',
  severity: 'error',
  reads: 'lab',
  check({ network, settings, report }) {
    for (const folder of [...network.labs.values()]) {
      const inRecords = new Set<string>();
      const files = [
        ...(folder.lab ? [folder.lab] : []),
        ...folder.members.values(),
        ...folder.events.values(),
        ...folder.projects.values(),
        ...folder.reports.values(),
      ];
      for (const file of files) {
        eachString(file.data, (value, path) => {
          for (const found of findPersonalData(value)) {
            inRecords.add(found.text);
            report({ file: file.path, path: path(), message: message(found, path()) });
          }
        });
      }
      // A current document holds only its records' text (scanned above) and the templates';
      // only a stale one can hold something of its own.
      const current = new Set(
        documentStates(network, settings)
          .filter((state) => state.lab === folder.id && state.state === 'current')
          .map((state) => state.document),
      );
      for (const document of folder.documents.values()) {
        if (current.has(document.path)) continue;
        for (const found of findPersonalData(document.text ?? '').filter((entry) => !inRecords.has(entry.text))) {
          const offset = document.text?.indexOf(found.text) ?? 0;
          report({ file: document.path, offset, message: message(found, undefined) });
        }
      }
    }
    eachString(network.config.data, (value, path) => {
      for (const found of findPersonalData(value)) report({ file: network.config.path, path: path(), message: message(found, path()) });
    });
  },
};

function message(found: Found, path: RecordPath | undefined): string {
  const field = path?.filter((segment) => typeof segment === 'string').at(-1);
  const where = field === undefined ? 'this document holds' : `\`${field}\` holds`;
  return `${where} what looks like ${found.what} (${mask(found.text)}); contact details belong in private/, never in a public record: remove it`;
}

/**
 * Calls `visit` with every string value in a record and a way to get its path; ids, dates,
 * web addresses and GitHub handles are skipped whole. Paths are built only when asked for:
 * most strings hold nothing to report.
 */
function eachString(value: unknown, visit: (text: string, path: () => RecordPath) => void): void {
  const path: (string | number)[] = [];
  const walk = (node: unknown, key: string | undefined) => {
    if (typeof node === 'string') {
      if (!(isSlug(node) || isIsoDate(node) || (key === 'github' && GITHUB_HANDLE.test(node)))) visit(node, () => [...path]);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => {
        path.push(index);
        walk(item, key);
        path.pop();
      });
    } else if (node !== null && typeof node === 'object') {
      for (const name of Object.keys(node)) {
        path.push(name);
        walk((node as Record<string, unknown>)[name], name);
        path.pop();
      }
    }
  };
  walk(value, undefined);
}
