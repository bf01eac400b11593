import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/reports/helpers.js';

describe('formatNumber', () => {
  it('writes thousands with commas and at most one decimal', () => {
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(-1000)).toBe('-1,000');
    expect(formatNumber(3_000_000)).toBe('3,000,000');
    expect(formatNumber(17.74)).toBe('17.7');
    expect(formatNumber('42')).toBe('42');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber('many')).toBe('—');
  });

  it('writes every whole number under a thousand as Intl does, -0 too', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
    for (let number = -1001; number <= 1001; number++) expect(formatNumber(number)).toBe(intl.format(number));
    expect(formatNumber(-0)).toBe(intl.format(-0));
  });

  it('writes every number with one decimal under a thousand as Intl does, and any other number through Intl', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
    for (let tenths = -10_010; tenths <= 10_010; tenths++) expect(formatNumber(tenths / 10)).toBe(intl.format(tenths / 10));
    // Sums and ratios of tenths, long fractions and halves that round, tiny and huge numbers.
    const others = [0.1 + 0.2, 17.74, 17.75, 1.15, 0.25, -0.25, -0.04, 999.96, -999.96, 2 / 3, 1e-7, 1e21, 12.05, 0.05];
    for (const number of others) expect(formatNumber(number)).toBe(intl.format(number));
  });
});
