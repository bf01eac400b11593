import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/text/slug.js';

describe('slugify', () => {
  it.each([
    ['Bilal Ahmed', 'bilal-ahmed'],
    ['  Sara   Malik  ', 'sara-malik'],
    ['Zoë Hüsseïn', 'zoe-hussein'],
    ['Ñandú Çelik Øster Łódź', 'nandu-celik-oster-lodz'],
    ['Open Data Meetup: Peshawar!', 'open-data-meetup-peshawar'],
    ['CIL Karachi 2026', 'cil-karachi-2026'],
    ['Ayesha (عائشہ) Khan', 'ayesha-khan'],
    ['زینب بی بی', ''],
    ['ماروي سومرو', ''],
    ['---', ''],
    [`${'word '.repeat(20)}end`, 'word-word-word-word-word-word-word-word-word-word-word-word-word'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    if (slug) expect(isSlug(slug)).toBe(true);
  });
});
