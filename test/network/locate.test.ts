import { describe, expect, it } from 'vitest';
import { locateOffset, locatePath } from '../../src/network/locate.js';
import type { Anchor, RecordPath } from '../../src/schema/types.js';

const event = [
  'title: Open Data Meetup', // 1
  'kind: meetup', // 2
  'attendance:', // 3
  '  present:', // 4
  '    - ayesha-khan', // 5
  '    - bilal-ahmed', // 6
  '  excused: [sara-malik, zara]', // 7
  'audience: { citizens: 14, women: 8 }', // 8
  'roles:', // 9
  '  - role: organizer', // 10
  '    since: 2026-01-01', // 11
  'empty:', // 12
  '',
].join('\n');

const cases: [string, RecordPath, Anchor, number, number][] = [
  ['a value', ['kind'], 'value', 2, 7],
  ['a key', ['kind'], 'key', 2, 1],
  ['an item of a block list', ['attendance', 'present', 1], 'value', 6, 7],
  ['an item of a flow list', ['attendance', 'excused', 1], 'value', 7, 25],
  ['a value in a flow mapping', ['audience', 'women'], 'value', 8, 34],
  ['a key in a flow mapping', ['audience', 'women'], 'key', 8, 27],
  ['a mapping by its key, for a missing field', ['audience'], 'parent', 8, 1],
  ['a list item mapping, for a missing field', ['roles', 0], 'parent', 10, 5],
  ['the root, for a missing field', [], 'parent', 1, 1],
  ['where the value of a key without one goes', ['empty'], 'value', 12, 7],
  ['the deepest node when the path goes further', ['attendance', 'present', 9], 'value', 5, 5],
  ['the deepest node when a key is absent', ['attendance', 'late'], 'key', 3, 1],
];

describe('locatePath', () => {
  it.each(cases)('finds %s', (_name, path, anchor, line, column) => {
    expect(locatePath(event, path, anchor)).toEqual({ line, column });
  });

  it('counts lines the same with CRLF line ends', () => {
    expect(locatePath(event.replace(/\n/g, '\r\n'), ['attendance', 'present', 1], 'value')).toEqual(
      { line: 6, column: 7 },
    );
  });

  it('follows an alias to its anchor', () => {
    expect(
      locatePath('base: &b { kind: meetup }\nother: *b\n', ['other', 'kind'], 'value'),
    ).toEqual({ line: 1, column: 18 });
  });

  it('counts columns in characters for Urdu text', () => {
    expect(locatePath('name: زینب بی بی\nstatus: actve\n', ['status'], 'value')).toEqual({
      line: 2,
      column: 9,
    });
    expect(locatePath('takeaways: [زینب, x]\n', ['takeaways', 1], 'value')).toEqual({
      line: 1,
      column: 19,
    });
  });

  it('points at the start of text it cannot parse', () => {
    expect(locatePath('a: [unclosed\n', ['a', 0], 'value')).toEqual({ line: 1, column: 5 });
    expect(locatePath('', ['a'], 'value')).toEqual({ line: 1, column: 1 });
  });
});

describe('locateOffset', () => {
  it.each([
    [0, 1, 1],
    [5, 1, 6],
    [6, 2, 1],
    [8, 2, 3],
  ])('offset %i is line %i column %i', (offset, line, column) => {
    expect(locateOffset('name:\nab: c\n', offset)).toEqual({ line, column });
  });
});
