import { describe, expect, it } from 'vitest';
import { classifyPath } from '../../src/network/layout.js';

describe('classifyPath', () => {
  it.each([
    ['cil.yaml', { kind: 'config' }],
    ['labs/lahore/lab.yaml', { kind: 'lab', lab: 'lahore' }],
    ['labs/lahore/README.md', { kind: 'readme', lab: 'lahore' }],
    ['labs/README.md', { kind: 'readme' }],
    ['labs/lahore/members/sara-malik.yaml', { kind: 'member', lab: 'lahore', id: 'sara-malik' }],
    ['labs/lahore/citizens/gul.yaml', { kind: 'citizen', lab: 'lahore', id: 'gul' }],
    [
      'labs/lahore/events/2026-11-05-meetup.yaml',
      { kind: 'event', lab: 'lahore', id: '2026-11-05-meetup' },
    ],
    [
      'labs/lahore/projects/toilet-finder.yaml',
      { kind: 'project', lab: 'lahore', id: 'toilet-finder' },
    ],
    [
      'labs/lahore/reports/2026-10-monthly.yaml',
      { kind: 'report', lab: 'lahore', id: '2026-10-monthly' },
    ],
    [
      'labs/lahore/reports/2026-10-monthly.md',
      { kind: 'document', lab: 'lahore', id: '2026-10-monthly' },
    ],
    ['labs/lahore/members/sara-malik.md', { kind: 'unknown', lab: 'lahore' }],
    ['labs/lahore/members/sara-malik.yml', { kind: 'unknown', lab: 'lahore' }],
    ['labs/lahore/members/.yaml', { kind: 'unknown', lab: 'lahore' }],
    ['labs/lahore/notes/a.yaml', { kind: 'unknown', lab: 'lahore' }],
    ['labs/lahore/members/old/a.yaml', { kind: 'unknown', lab: 'lahore' }],
    ['labs/notes.txt', { kind: 'unknown' }],
    ['README.md', { kind: 'readme' }],
    ['docs/README.md', { kind: 'unknown' }],
  ])('%s', (path, expected) => {
    expect(classifyPath(path)).toEqual(expected);
  });
});
