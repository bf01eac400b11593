import ical from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { measuringOctets } from '../../src/calendar/ics.js';

// ical-generator folds lines by encoding each character with a TextEncoder made for it;
// measuringOctets gives it one that only measures. The calendar must come out the same.
describe('measuringOctets', () => {
  const calendar = ical({ name: 'سول انوویشن لیب — Civic Innovation Labs' });
  const texts = [
    'ایک لمبی تفصیل جس میں اردو کے بہت سارے حروف ہیں تاکہ سطر پچھتر آکٹیٹ سے لمبی ہو جائے اور تہہ ہو',
    `${'a'.repeat(73)}é${'b'.repeat(10)}`,
    `Emoji 🎉 at the fold: ${'x'.repeat(60)}🎉🎉🎉 and after`,
    '',
  ];
  texts.forEach((text, index) => calendar.createEvent({ id: `e${index}`, start: new Date('2026-11-05T00:00:00Z'), allDay: true, summary: text, description: text }));

  it('folds exactly as the real TextEncoder does, and puts it back', () => {
    const real = globalThis.TextEncoder;
    const plain = calendar.toString();
    expect(measuringOctets(() => calendar.toString())).toBe(plain);
    expect(plain.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
    expect(globalThis.TextEncoder).toBe(real);
  });

  it('puts the real TextEncoder back when the writer throws', () => {
    const real = globalThis.TextEncoder;
    expect(() => measuringOctets(() => {
      throw new Error('broken');
    })).toThrow('broken');
    expect(globalThis.TextEncoder).toBe(real);
  });
});
