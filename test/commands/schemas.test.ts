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
    expect(wrote.stdout).toContain('Wrote .cil/schemas/cil.schema.json, .cil/schemas/citizen.schema.json, .cil/schemas/defs.schema.json');
    expect(wrote.stdout).toContain('.cil/schemas/timezone.schema.json, .vscode/settings.json\n');
    const published = JSON.parse(readFileSync(join(SCHEMA_DIR, 'event.schema.json'), 'utf8'));
    const { $id, ...copy } = JSON.parse(readFileSync(join(dir, '.cil/schemas/event.schema.json'), 'utf8'));
    expect($id).toBeUndefined();
    expect({ ...copy, $comment: undefined }).toEqual({ ...published, $id: undefined, $comment: undefined });
    expect(await runCli(['schemas', '--check'], { cwd: dir })).toMatchObject({ status: 0, stdout: '.cil/schemas/ and the editor settings are up to date.\n' });

    // Hand-edited, or left behind by an older cil: --check names it, and `cil schemas` puts it right.
    writeFileSync(join(dir, '.cil/schemas/member.schema.json'), '{}\n');
    expect(await runCli(['schemas', '--check'], { cwd: dir })).toMatchObject({
      status: 1,
      stdout: 'Stale or missing: .cil/schemas/member.schema.json; run `cil schemas` and commit them.\n',
    });
    expect((await runCli(['schemas'], { cwd: dir })).stdout).toBe('Wrote .cil/schemas/member.schema.json\n');
    expect((await runCli(['schemas', '--check'], { cwd: dir })).status).toBe(0);
  });

  it('points the editor settings of an older network at the copies, keeping every other setting', async () => {
    const published = 'https://raw.githubusercontent.com/codeforpakistan/cil/main/schemas/member.schema.json';
    const dir = networkDir({
      '.vscode/settings.json': JSON.stringify({ 'editor.tabSize': 2, 'yaml.schemas': { [published]: ['labs/*/members/*.yaml'], './other.json': 'x.yaml' } }),
    });
    await runCli(['schemas'], { cwd: dir });
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8'));
    expect(settings['editor.tabSize']).toBe(2);
    expect(settings['yaml.schemas']).toEqual({
      './other.json': 'x.yaml',
      './.cil/schemas/cil.schema.json': ['cil.yaml'],
      './.cil/schemas/lab.schema.json': ['labs/*/lab.yaml'],
      './.cil/schemas/member.schema.json': ['labs/*/members/*.yaml'],
      './.cil/schemas/citizen.schema.json': ['labs/*/citizens/*.yaml'],
      './.cil/schemas/event.schema.json': ['labs/*/events/*.yaml'],
      './.cil/schemas/project.schema.json': ['labs/*/projects/*.yaml'],
      './.cil/schemas/report.schema.json': ['labs/*/reports/*.yaml'],
      './.cil/schemas/impact-report.schema.json': ['reports/*-impact.yaml'],
    });
    // Settings with comments are VS Code's own JSON, which cil leaves to a person.
    const commented = '// mine\n{ "yaml.schemas": {} }\n';
    writeFileSync(join(dir, '.vscode/settings.json'), commented);
    await runCli(['schemas'], { cwd: dir });
    expect(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')).toBe(commented);
  });
});
