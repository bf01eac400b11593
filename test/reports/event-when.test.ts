import { expect, it } from 'vitest';
import { eventWhen } from '../../src/reports/figures.js';

it.each([
  [{ date: '2026-11-05' }, '5 November 2026'],
  [{ date: '2026-11-05', starts: '18:00' }, '5 November 2026, 18:00'],
  [{ date: '2026-11-05', starts: '18:00', ends: '20:30' }, '5 November 2026, 18:00–20:30'],
  [{ date: '2026-11-14', until: '2026-11-16' }, '14 November 2026 to 16 November 2026'],
  [{ date: '2026-11-21', until: '2026-11-22', starts: '19:00', ends: '02:00' }, '21 November 2026, 19:00 to 22 November 2026, 02:00'],
  [{ date: '2026-11-05', until: '2026-11-05', starts: '09:00', ends: '17:00' }, '5 November 2026, 09:00–17:00'],
])('a report shows %o as %s', (event, shown) => {
  expect(eventWhen(event)).toBe(shown);
});
