import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/audit.js';
import type { CliContext } from '../../src/cli/declare.js';

function context(options: { tty: boolean; env?: Record<string, string> }) {
  let err = '';
  const io = {
    cwd: '/',
    env: options.env ?? {},
    stdout: { write: () => true, isTTY: options.tty },
    stderr: { write: (text: string) => ((err += text), true), isTTY: options.tty },
  };
  return { context: { io, state: { exitCode: 0 }, version: () => '0' } as unknown as CliContext, err: () => err };
}

describe('the audit progress line', () => {
  it('shows labs done on a terminal once the audit runs long, and clears itself', () => {
    const { context: ctx, err } = context({ tty: true });
    const progress = progressLine(ctx, true, 0);
    progress.update(3, 200);
    progress.update(4, 200);
    expect(err()).toBe('\rAuditing: 3 of 200 labs\rAuditing: 4 of 200 labs');
    progress.clear();
    expect(err().endsWith('\r\u001b[K')).toBe(true);
  });

  it('stays quiet while the audit is quick', () => {
    const { context: ctx, err } = context({ tty: true });
    const progress = progressLine(ctx, true, 60_000);
    progress.update(1, 2);
    progress.clear();
    expect(err()).toBe('');
  });

  it.each([
    ['stderr is not a terminal', { tty: false }, true],
    ['in CI', { tty: true, env: { CI: 'true' } }, true],
    ['for a machine-read format', { tty: true }, false],
  ])('never shows when %s', (_, options, human) => {
    const { context: ctx, err } = context(options);
    const progress = progressLine(ctx, human, 0);
    progress.update(1, 2);
    progress.clear();
    expect(err()).toBe('');
  });
});
