import { describe, expect, it } from 'vitest';
import { blankWebAddresses, findContactData, spelledAtSigns, WEB_ADDRESS } from '../../src/text/contact-data.js';
import { seeded } from '../helpers/yaml-texts.js';

// Two searches over long texts (a site removes contact details from every document) look only
// where a match can be instead of at every place: web addresses run by run (the runs of
// characters between spaces that hold a `/` or a `www.`), and a spelled-out "at" from each
// "at". Their results must be the plain patterns' own over the whole text, whatever the text.
const whole = (text: string) => text.replace(WEB_ADDRESS, (match) => ' '.repeat(match.length));

const CASES = [
  'See https://github.com/cfp/toilets and www.kpitb.gov.pk for more',
  'kpitb.gov.pk/projects and nic.org.pk/ too; nic.org.pk alone is no address',
  'WWW.Example.ORG/a HTTPS://X.IO/b',
  'ask on wa.me/923001234567 or https://wa.me/923001234567',
  'mail ali@example.org/x and @www.handle and .www.dots',
  'a/b/c //double and trailing/',
  '/starts with a slash',
  'ends with www.',
  'tab\tgithub.com/x\u00a0nbsp.org/y\u3000wide.pk/z\u2028line.io/q\ufeffbom.me/r',
  'http://a.b/c\nhttp://d.e/f\r\nwww.g.h',
  'x-www.y.com/ under_score.com/z ab.c/d',
  '',
  'no address here at all',
];

// Characters a web address and its edges are made of, spaces of every kind among them.
const ALPHABET = ['/', '//', 'w', 'www.', 'W', '.', ':', 'http', 's', 'a', 'z', '9', '-', '_', '@', 'wa.me', 'pk', ' ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', 'ب'];

describe('web addresses, run by run', () => {
  it.each(CASES)('blanks what the whole-text search blanks: %j', (text) => {
    expect(blankWebAddresses(text)).toBe(whole(text));
  });

  it('agrees with the whole-text search on 20,000 seeded random texts', () => {
    const pick = seeded(20261130);
    let blanked = 0;
    for (let round = 0; round < 20_000; round++) {
      const text = Array.from({ length: 1 + pick(24) }, () => ALPHABET[pick(ALPHABET.length)]).join('');
      const expected = whole(text);
      expect(blankWebAddresses(text), JSON.stringify(text)).toBe(expected);
      if (expected !== text) blanked++;
    }
    // The texts are not all addressless: about a quarter of them hold an address to blank.
    expect(blanked).toBeGreaterThan(4_000);
  });

  it('keeps the digits of an address out of the phone numbers found', () => {
    expect(findContactData('Our repository: https://github.com/cfp/app/pull/03001234567 (call 0300-7654321)')).toEqual([
      { what: 'a phone number', text: '0300-7654321' },
    ]);
  });
});

const SPELLED_AT = /(?:\s*[[({]\s*at\s*[\])}]\s*|\s+at\s+)/gi;
const plainAts = (text: string) => [...text.matchAll(SPELLED_AT)].map((match) => `${match.index}:${match[0]}`);
const ats = (text: string) => [...spelledAtSigns(text)].map((match) => `${match.index}:${match[0]}`);
const AT_ALPHABET = ['at', 'AT', 'At', 'a', 't', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '[', ']', '(', ')', '{', '}', 'x', '.', 'dot', 'gmail', '@', 'data'];

describe('a spelled-out "at", from each "at"', () => {
  it.each([
    'ali at gmail dot com',
    'ali [at] nu [dot] edu [dot] pk and sara (at) lums.edu.pk',
    'ali  ( at )  x, at at at, data at  [ at ]',
    'at the start, and at',
    'met at  the office at 5 ( (at) ) {at}',
    '',
  ])('finds what the plain pattern finds: %j', (text) => {
    expect(ats(text)).toEqual(plainAts(text));
  });

  it('gives each text its own matches when two searches are consumed in turn', () => {
    const [short, long] = ['x at y, x at y, x at y', 'a long text, with one at here and one (at) there, and at the end at last'];
    const first = spelledAtSigns(short);
    const second = spelledAtSigns(long);
    first.next();
    second.next();
    second.next();
    expect([...first].map((match) => `${match.index}:${match[0]}`)).toEqual(plainAts(short).slice(1));
    expect([...second].map((match) => `${match.index}:${match[0]}`)).toEqual(plainAts(long).slice(2));
  });

  it('agrees with the plain pattern on 20,000 seeded random texts', () => {
    const pick = seeded(20261201);
    let found = 0;
    for (let round = 0; round < 20_000; round++) {
      const text = Array.from({ length: 1 + pick(20) }, () => AT_ALPHABET[pick(AT_ALPHABET.length)]).join('');
      const expected = plainAts(text);
      expect(ats(text), JSON.stringify(text)).toEqual(expected);
      found += expected.length;
    }
    // Not a run of texts without one: about two thousand matches in all.
    expect(found).toBeGreaterThan(1_500);
  });
});
