import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/write/write-files.js';
import { runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';
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

describe('writeFiles under concurrent runs and killed runs', () => {
  const WRITE_FILES = new URL('../../dist/write/write-files.js', import.meta.url).href;

  /** Starts a process that waits for `go`, then tries to create `count` new files, and prints which it created. */
  function racer(dir: string, count: number) {
    const script = `
      import { existsSync } from 'node:fs';
      const { writeFiles } = await import(${JSON.stringify(WRITE_FILES)});
      while (!existsSync(${JSON.stringify(join(dir, 'go'))})) await new Promise((go) => setTimeout(go, 1));
      const won = [];
      for (let i = 0; i < ${count}; i++) {
        try { writeFiles(${JSON.stringify(dir)}, [{ path: 'events/e' + i + '.yaml', text: process.pid + '\\n' }]); won.push(i); } catch {}
      }
      console.log(JSON.stringify({ pid: process.pid, won }));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    return new Promise<{ pid: number; won: number[] }>((done) => child.on('close', () => done(JSON.parse(out) as { pid: number; won: number[] })));
  }

  it('creates a new file exclusively: of two runs writing the same record at once, exactly one succeeds and its text is kept', async () => {
    const dir = testdir({ 'events/.keep': '' });
    const count = 300;
    const runs = [racer(dir, count), racer(dir, count)];
    await new Promise((ready) => setTimeout(ready, 300));
    writeFileSync(join(dir, 'go'), '');
    const [a, b] = await Promise.all(runs);
    for (let i = 0; i < count; i++) {
      const winners = [a, b].filter((run) => run?.won.includes(i));
      expect(winners.map((run) => run?.pid), `events/e${i}.yaml`).toHaveLength(1);
      expect(readFileSync(join(dir, `events/e${i}.yaml`), 'utf8')).toBe(`${winners[0]?.pid}\n`);
    }
    expect(readdirSync(join(dir, 'events')).filter((name) => name.endsWith('.cil-tmp'))).toEqual([]);
  }, 30_000);

  it('hides its temporary files from the audit, removes those a killed run left long ago, and never trips over them', async () => {
    const event = 'labs/lahore/events/2026-11-05-meetup.yaml';
    const abandoned = 'labs/lahore/events/.2026-11-05-meetup.yaml.0123456789ab.cil-tmp';
    const recent = 'labs/lahore/events/.2026-11-05-meetup.yaml.ba9876543210.cil-tmp';
    const dir = networkDir({ [abandoned]: 'half\n', [recent]: 'half\n' });
    const long = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(join(dir, abandoned), long, long);
    const audit = await runCli(['audit', '--format', 'json'], { cwd: dir });
    expect(audit.status).toBe(0);
    // What an earlier run with this process id would have left, by the name it once used.
    writeFileSync(join(dir, `${event}.${process.pid}.cil-tmp`), 'half\n');
    writeFiles(dir, [{ path: event, text: 'title: Meetup\n' }]);
    expect(readFileSync(join(dir, event), 'utf8')).toBe('title: Meetup\n');
    expect(existsSync(join(dir, abandoned))).toBe(false);
    // A run may still be writing this one.
    expect(existsSync(join(dir, recent))).toBe(true);
  });
});
