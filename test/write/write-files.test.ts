import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/write/write-files.js';
import { testdir } from '../helpers/testdir.js';

describe('writeFiles', () => {
  it('writes new files, making their folders', () => {
    const dir = testdir({});
    writeFiles(dir, [{ path: 'labs/a/lab.yaml', text: 'name: A\n' }]);
    expect(readFileSync(join(dir, 'labs/a/lab.yaml'), 'utf8')).toBe('name: A\n');
  });

  it('refuses to overwrite, writing none of the files, unless forced', () => {
    const dir = testdir({ 'b.yaml': 'old\n' });
    expect(() => writeFiles(dir, [{ path: 'a.yaml', text: 'new\n' }, { path: 'b.yaml', text: 'new\n' }])).toThrow(
      'b.yaml already exists; nothing was written (use --force to replace)',
    );
    expect(readdirSync(dir)).toEqual(['b.yaml']);
    writeFiles(dir, [{ path: 'b.yaml', text: 'new\n' }], true);
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('new\n');
  });

  it('leaves no temporary file and no half-written file when a write fails', () => {
    const dir = testdir({ blocked: 'a file where a folder is needed' });
    writeFileSync(join(dir, 'keep.yaml'), 'kept\n');
    expect(() => writeFiles(dir, [{ path: 'one.yaml', text: '1\n' }, { path: 'blocked/two.yaml', text: '2\n' }])).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'keep.yaml']);
  });
});
