import { createRequire } from 'node:module';

// Contact details (e-mail addresses, phone numbers, CNIC numbers) in record text: what the
// personal-data rule reports, what a prompt or a flag refuses, and what a rendered document
// never shows.

/** Contact data found in a text: what it is, and the text of it. */
export interface ContactData {
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
export function findContactData(text: string): ContactData[] {
  const found: ContactData[] = [];
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

// Text that may hold contact details: an at sign, or seven digits with little between them;
// a date alone (most such text in a document) holds none.
const MAY_HOLD = /[@＠]|\d(?:[\s().+-]{0,3}\d){6}/;
const DATE_ALONE = /^\d{4}-\d{2}-\d{2}$/;
const mayHold = (text: string) => MAY_HOLD.test(text) && !DATE_ALONE.test(text);

/** A text with any contact details in it replaced, for documents that are published as they are. */
export function withoutContactData(text: string): string {
  if (!mayHold(text)) return text;
  let result = text;
  for (const found of findContactData(text)) result = result.split(found.text).join('[contact details removed]');
  return result;
}

/** Why a typed answer is refused when it holds contact details, or undefined. */
export function contactDataProblem(text: string): string | undefined {
  const [found] = mayHold(text) ? findContactData(text) : [];
  return found && `this holds what looks like ${found.what} (${mask(found.text)}); contact details belong in private/, never in a record that is published`;
}
