import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CIL_BIN } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';

const KEYS = { enter: '\r', down: '\u001b[B', backspace: '\u007f' };

// util-linux's `script` gives a real pseudo-terminal; without it, this test cannot run.
const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs cil on a real pseudo-terminal, through `script`, and lets the test answer questions as they appear. */
function onTerminal(cwd: string, args: string[]) {
  const command = [process.execPath, CIL_BIN, ...args].map((arg) => `'${arg.replace(/'/g, '\'\\\'\'')}'`).join(' ');
  const child = spawn('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    cwd,
    env: { ...process.env, TERM: 'xterm', COLUMNS: '120', LINES: '40', NO_COLOR: '1' },
  });
  let output = '';
  // Whoever waits for the screen is woken by the next output, or by the end of the process.
  let wake = () => {};
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    wake();
  });
  let closed = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      closed = true;
      wake();
      resolve(code);
    }),
  );
  return {
    async waitFor(text: string, after = 0) {
      while (!output.slice(after).includes(text)) {
        if (closed) throw new Error(`cil ended before showing ${JSON.stringify(text)}; screen so far:\n${output}`);
        await new Promise<void>((resolve) => (wake = resolve));
      }
      return output.length;
    },
    send(keys: string) {
      child.stdin.write(keys);
    },
    async exit() {
      const code = await exited;
      return { code, output };
    },
  };
}

describe.skipIf(!hasScript)('cil on a terminal', () => {
  it('asks for a member, refuses a bad date, and writes the record', async () => {
    const dir = networkDir();
    const terminal = onTerminal(dir, ['member', 'add', 'lahore', '--as-of', '2026-11-20']);
    await terminal.waitFor("The member's name");
    terminal.send(`Sara Malik${KEYS.enter}`);
    await terminal.waitFor('Id of the member');
    terminal.send(KEYS.enter);
    await terminal.waitFor('Roles in the lab');
    terminal.send(KEYS.enter);
    await terminal.waitFor('Date they joined');
    terminal.send(`2026-02-30${KEYS.enter}`);
    const shown = await terminal.waitFor('must be a real date');
    terminal.send(`${KEYS.backspace.repeat(10)}2026-11-02${KEYS.enter}`);
    await terminal.waitFor('GitHub user name', shown);
    terminal.send(`saramalik${KEYS.enter}`);
    await terminal.waitFor('Hours a week');
    terminal.send(`4${KEYS.enter}`);
    await terminal.waitFor('Skills');
    terminal.send(KEYS.enter);
    await terminal.waitFor('Gender');
    terminal.send(`${KEYS.down}${KEYS.enter}`);
    const { code, output } = await terminal.exit();
    expect(output).toContain('Wrote labs/lahore/members/sara-malik.yaml');
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'labs/lahore/members/sara-malik.yaml'), 'utf8')).toBe(
      'name: Sara Malik\ngithub: saramalik\njoined: 2026-11-02\nroles:\n  - role: member\n    since: 2026-11-02\nweekly_hours: 4\ngender: woman\nstatus: active\n',
    );
  });
});
