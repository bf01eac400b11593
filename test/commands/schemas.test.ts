import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIR } from '../../src/schema/validate.js';
import { runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';

describe('cil schemas', () => {
  it('writes the copy of every schema that editors use, and --check tells a stale copy', async () => {
    const dir = networkDir({});
    expect(await runCli(['schemas', '--check'], { cwd: dir })).toMatchObject({ status: 1 });
    const wrote = await runCli(['schemas'], { cwd: dir });
    expect(wrote.status).toBe(0);
    expect(wrote.stdout).toContain('Wrote .cil/schemas/cil.schema.json, .cil/schemas/defs.schema.json');
    const published = JSON.parse(readFileSync(join(SCHEMA_DIR, 'event.schema.json'), 'utf8'));
    const { $id, ...copy } = JSON.parse(readFileSync(join(dir, '.cil/schemas/event.schema.json'), 'utf8'));
    expect($id).toBeUndefined();
    expect({ ...copy, $comment: undefined }).toEqual({ ...published, $id: undefined, $comment: undefined });
    expect(await runCli(['schemas', '--check'], { cwd: dir })).toMatchObject({ status: 0, stdout: '.cil/schemas/ is up to date.\n' });

    // Hand-edited, or left behind by an older cil: --check names it, and `cil schemas` puts it right.
    writeFileSync(join(dir, '.cil/schemas/member.schema.json'), '{}\n');
    expect(await runCli(['schemas', '--check'], { cwd: dir })).toMatchObject({
      status: 1,
      stdout: '.cil/schemas/ is stale or missing (.cil/schemas/member.schema.json); run `cil schemas` and commit it.\n',
    });
    expect((await runCli(['schemas'], { cwd: dir })).stdout).toBe('Wrote .cil/schemas/member.schema.json\n');
    expect((await runCli(['schemas', '--check'], { cwd: dir })).status).toBe(0);
  });
});
