import { createRequire } from 'node:module';
// Digits in Urdu (Extended Arabic-Indic), Arabic-Indic and full-width forms, full-width
// punctuation, dashes and wide spaces, each folded to its ASCII twin. Every one is a single
// UTF-16 unit, as is its twin, so a place in the folded text is the same place in the original.
const FOLDABLE = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\uff20\uff0e\uff0d\uff0b\uff08\uff09\u2010-\u2015\u2212\u00a0\u2000-\u200a\u202f\u3000]/g;
const FOLDED = new Map([
    ...Array.from({ length: 10 }, (_, digit) => [String.fromCharCode(0x0660 + digit), String(digit)]),
    ...Array.from({ length: 10 }, (_, digit) => [String.fromCharCode(0x06f0 + digit), String(digit)]),
    ...Array.from({ length: 10 }, (_, digit) => [String.fromCharCode(0xff10 + digit), String(digit)]),
    ['＠', '@'],
    ['．', '.'],
    ['＋', '+'],
    ['（', '('],
    ['）', ')'],
]);
const HAS_FOLDABLE = new RegExp(FOLDABLE.source);
const MAY_BE_WEB_ADDRESS = /:\/\/|www\.|\.[a-z]{2,}\//i;
// Seven digits with little between them: the least a phone or CNIC number has.
const SEVEN_DIGITS = /\d(?:[\s().+-]{0,3}\d){6}/;
const fold = (text) => text.replace(FOLDABLE, (char) => FOLDED.get(char) ?? (/[\u2010-\u2015\u2212\uff0d]/.test(char) ? '-' : ' '));
// Web addresses are not personal data, however many digits their paths hold; a WhatsApp link
// (wa.me) is a phone number, and a mailto: link an e-mail address, so both are left in.
export const WEB_ADDRESS = /(?:\b(?:https?:\/\/|www\.)|(?<![@\w.-])(?=(?:[a-z0-9-]+\.)+[a-z]{2,}\/))(?!(?:https?:\/\/)?wa\.me\/)\S+/gi;
const WWW = /www\./gi;
// Dates, timestamps and times of day.
const DATE_OR_TIME = /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b|\b\d{1,2}:\d{2}(?::\d{2})?\b/g;
// An e-mail address; an address followed by `:path` is git's SSH form (git@github.com:org/repo).
const EMAIL = /(?<![\w.%+-])[\w.%+-]+(?:@|\s@\s|\s*[[({]\s*@\s*[\])}]\s*)[a-z0-9-]+(?:(?:\.|\s*[[({]\s*\.\s*[\])}]\s*)[a-z0-9-]+)*(?:\.|\s*[[({]\s*\.\s*[\])}]\s*)[a-z]{2,}(?![\w-]|:\S|\.\w)/gi;
// An address spelled out against harvesters: `name at gmail dot com`, `name [at] nu [dot] edu [dot] pk`.
const SPELLED_AT = String.raw `(?:\s*[[({]\s*at\s*[\])}]\s*|\s+at\s+)`;
const SPELLED_DOT = String.raw `(?:\s*[[({]\s*(?:dot|\.)\s*[\])}]\s*|\s+dot\s+|\.)`;
// Found from each "at", the rarer part, rather than tried at every word: narrative text is long.
const SPELLED_AT_HERE = new RegExp(SPELLED_AT, 'iy');
const AT = /at/gi;
const LOCAL_PART_BEFORE = /(?<![\w.%+-])[\w.%+-]{1,64}$/;
const SPELLED_DOMAIN = new RegExp(String.raw `[a-z0-9-]+(?:${SPELLED_DOT}[a-z0-9-]+)*${SPELLED_DOT}([a-z]{2,})(?![\w-])`, 'iy');
const TOP_LEVEL_DOMAINS = new Set(['com', 'org', 'net', 'edu', 'gov', 'pk', 'io', 'me', 'co', 'uk', 'info', 'biz', 'ae', 'sa', 'us', 'ca', 'de', 'in', 'dev', 'app']);
// With only the word "at" and plain dots ("hosted at nic.org.pk"), an address needs a mail provider.
const MAIL_PROVIDERS = /\s+at\s+(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|proton|protonmail|aol|zoho|gmx|yandex)\./i;
const ONLY_WORD_AT_AND_DOTS = /^[\w.%+-]+\s+at\s+[\w.-]+$/i;
// A CNIC (computerised national identity card) number: 35202-1234567-1, spaced, or its 13
// digits; the first digit is the province (1 to 7).
const CNIC = /(?<![\w+-])[1-7]\d{4}(?:\s*-\s*|\s)\d{7}(?:\s*-\s*|\s)\d(?![\w-])|(?<![\w+-])[1-7]\d{12}(?![\w-])/g;
// A Pakistani number: +92, 0092 or 92 (mobiles only), or the trunk 0, then a mobile network
// (3xx) or an area code (21, 42, 51, 992…), then the subscriber's digits, spaced as people do.
const GAP = String.raw `[\s.-]{0,3}`;
const PAKISTANI_NUMBER = new RegExp(String.raw `(?<![\w+])(?:\(?(?:\+|00)92\)?${GAP}(?:\(0\)${GAP})?\(?|92${GAP}(?=3)|\(?0)(?:3\d{2}|[2-9]\d{1,3})\)?${GAP}\d(?:[\s.-]?\d){5,7}(?!\w)`, 'g');
const PAKISTANI_NATIONAL = /^(?:3\d{9}|[24-9]\d{8,9})$/;
// Another country's number, written with its country code (+44 20 7946 0958, 00971 50 123 4567).
const INTERNATIONAL = /(?<![\w+])(?:\+|00)(?!92)[1-9][\d\s().-]{6,20}\d/;
let phoneNumberFinder;
/**
 * libphonenumber-js, loaded the first time a text has a number with a country code: it takes
 * about a tenth of a second to load, in every thread, and most networks hold no such text.
 */
function findPhoneNumbersInText(text) {
    phoneNumberFinder ??= createRequire(import.meta.url)('libphonenumber-js').findPhoneNumbersInText;
    return phoneNumberFinder(text, 'PK');
}
/**
 * Contact details in a text: e-mail addresses (also `name at gmail dot com` and its kin), CNIC
 * numbers, and phone numbers in Pakistani (0321-7654321, +92 321 7654321, 042-35761234) and
 * international forms, in ASCII, Urdu, Arabic-Indic or full-width digits. Web addresses, dates
 * and times are blanked first, so their digits are never taken for a phone number.
 */
export function findContactData(text) {
    const found = [];
    const blank = (match) => ' '.repeat(match.length);
    let rest = HAS_FOLDABLE.test(text) ? fold(text) : text;
    // Each step runs only on text that has what it looks for: most record text has none of it.
    if (MAY_BE_WEB_ADDRESS.test(rest))
        rest = blankWebAddresses(rest);
    rest = rest.replace(DATE_OR_TIME, blank);
    const take = (matches, what, accept = () => true) => {
        const taken = [...matches].filter(accept);
        for (const match of taken) {
            found.push({ at: match.index, data: { what, text: text.slice(match.index, match.index + match[0].length) } });
            rest = rest.slice(0, match.index) + blank(match[0]) + rest.slice(match.index + match[0].length);
        }
    };
    if (rest.includes('@'))
        take(rest.matchAll(EMAIL), 'an e-mail address');
    if (/at/i.test(rest)) {
        take(spelledEmails(rest), 'an e-mail address', ([match, topLevel = '']) => {
            if (!TOP_LEVEL_DOMAINS.has(topLevel.toLowerCase()))
                return false;
            return !ONLY_WORD_AT_AND_DOTS.test(match) || MAIL_PROVIDERS.test(match);
        });
    }
    if (!SEVEN_DIGITS.test(rest))
        return found.sort((a, b) => a.at - b.at).map((entry) => entry.data);
    take(rest.matchAll(CNIC), 'a CNIC number');
    take(rest.matchAll(PAKISTANI_NUMBER), 'a phone number', ([match]) => PAKISTANI_NATIONAL.test(nationalDigits(match)));
    if (INTERNATIONAL.test(rest)) {
        for (const number of findPhoneNumbersInText(rest)) {
            const written = rest.slice(number.startsAt, number.endsAt);
            if (!/^(?:\+|00)/.test(written.trimStart()))
                continue;
            found.push({ at: number.startsAt, data: { what: 'a phone number', text: text.slice(number.startsAt, number.endsAt) } });
        }
    }
    return found.sort((a, b) => a.at - b.at).map((entry) => entry.data);
}
/**
 * A text with its web addresses (WEB_ADDRESS) blanked, searched run by run. An address lies
 * inside one run of characters other than spaces and ends where the run ends (its `\S+`), and
 * it holds a `/` or begins with `www.`; what comes before a run is a space or nothing, which
 * `\b` and the look-behind treat alike. So searching only the runs that hold either, each on
 * its own, finds the same addresses, without trying the pattern at every place of a long
 * document (`npm run bench` runs both on the documents of 40 labs and requires the same text).
 */
export function blankWebAddresses(text) {
    const wwws = new RegExp(WWW);
    let result = '';
    let copied = 0;
    let from = 0;
    // The next `/` and the next `www.` from `from`, each searched for again only once passed
    // (-1: there is none left), so that a long text is gone through once.
    let slash = -2;
    let www = -2;
    while (from < text.length) {
        if (slash !== -1 && slash < from)
            slash = text.indexOf('/', from);
        if (www !== -1 && www < from) {
            wwws.lastIndex = from;
            www = wwws.exec(text)?.index ?? -1;
        }
        const at = slash === -1 ? www : www === -1 ? slash : Math.min(slash, www);
        if (at === -1)
            break;
        let start = at;
        while (start > from && !isSpace(text.charCodeAt(start - 1)))
            start--;
        let end = at + 1;
        while (end < text.length && !isSpace(text.charCodeAt(end)))
            end++;
        const run = text.slice(start, end);
        const blanked = run.replace(WEB_ADDRESS, (match) => ' '.repeat(match.length));
        if (blanked !== run) {
            result += text.slice(copied, start) + blanked;
            copied = end;
        }
        from = end;
    }
    return copied === 0 ? text : result + text.slice(copied);
}
/** Whether a UTF-16 unit is one of the characters `\s` matches (all of them single units). */
function isSpace(code) {
    if (code <= 0x20)
        return code === 0x20 || (code >= 0x09 && code <= 0x0d);
    if (code < 0xa0)
        return false;
    return (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
        || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff);
}
/** E-mail addresses spelled out (`name at gmail dot com`), each with its top-level domain. */
function* spelledEmails(text) {
    for (const at of spelledAtSigns(text)) {
        const local = LOCAL_PART_BEFORE.exec(text.slice(Math.max(0, at.index - 64), at.index));
        if (!local)
            continue;
        SPELLED_DOMAIN.lastIndex = at.index + at[0].length;
        const domain = SPELLED_DOMAIN.exec(text);
        if (!domain)
            continue;
        const start = at.index - local[0].length;
        yield Object.assign([text.slice(start, SPELLED_DOMAIN.lastIndex), domain[1] ?? ''], { index: start, input: text });
    }
}
/**
 * The matches of SPELLED_AT over a text, as `matchAll` gives them, found from each "at" that
 * follows a space or an opening bracket. A match is made of spaces and brackets up to its
 * "at", so it starts in the run of them just before one, at the run's first place the pattern
 * fits; only those places are tried (`npm run bench` runs both searches on the documents of 40
 * labs and requires the same matches, and a test compares them on random texts).
 */
export function* spelledAtSigns(text) {
    // Its own copy of each pattern: two searches consumed in turn do not share their places.
    const ats = new RegExp(AT);
    const here = new RegExp(SPELLED_AT_HERE);
    let searched = 0;
    for (let found = ats.exec(text); found; found = ats.exec(text)) {
        const at = found.index;
        if (at <= searched || !beforeSpelledAt(text.charCodeAt(at - 1)))
            continue;
        let start = at - 1;
        while (start > searched && beforeSpelledAt(text.charCodeAt(start - 1)))
            start--;
        for (let place = start; place < at; place++) {
            here.lastIndex = place;
            const match = here.exec(text);
            if (!match)
                continue;
            searched = place + match[0].length;
            yield match;
            break;
        }
    }
}
/** A space or an opening bracket: what a spelled-out "at" may follow. */
const beforeSpelledAt = (code) => code === 0x5b || code === 0x28 || code === 0x7b || isSpace(code);
/** A Pakistani number's digits without its country code or trunk zero. */
function nationalDigits(written) {
    const digits = written.replace(/\(0\)/, '').replace(/\D/g, '');
    if (digits.startsWith('0092'))
        return digits.slice(4);
    if (digits.startsWith('92'))
        return digits.slice(2);
    return digits.replace(/^0/, '');
}
/** Shows enough of a match to find it, without repeating it in public CI logs. */
export function mask(text) {
    const at = /@|＠|\s*[[({]\s*at\s*[\])}]\s*|\s+at\s+/i.exec(text);
    if (at)
        return `${text.slice(0, 1)}***${text.slice(at.index)}`;
    let digits = 0;
    return text.replace(/\d|[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => (++digits <= 4 ? digit : '*'));
}
// Text that may hold contact details: an at sign (or the word), or seven digits with little
// between them, in any of the scripts above; a date alone (most such text in a document) holds none.
const DIGIT = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9\\uff10-\\uff19]';
const MAY_HOLD = new RegExp(`[@＠]|\\bat\\b|${DIGIT}(?:[\\s().+\\-\\u2010-\\u2015\\uff0d]{0,3}${DIGIT}){6}`, 'i');
const DATE_ALONE = /^\d{4}-\d{2}-\d{2}$/;
/** Whether a text can hold contact details at all: a cheap test before a full search. */
export const mayHoldContactData = (text) => MAY_HOLD.test(text) && !DATE_ALONE.test(text);
/** A text with any contact details in it replaced, for documents that are published as they are. */
export function withoutContactData(text) {
    if (!mayHoldContactData(text))
        return text;
    let result = text;
    for (const found of findContactData(text))
        result = result.split(found.text).join('[contact details removed]');
    return result;
}
/** Why a typed answer is refused when it holds contact details, or undefined. */
export function contactDataProblem(text) {
    const [found] = mayHoldContactData(text) ? findContactData(text) : [];
    return found && `this holds what looks like ${found.what} (${mask(found.text)}); contact details belong in private/, never in a record that is published`;
}
