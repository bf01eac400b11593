import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../src/cli/groups.js';
import { loadDeclaration } from '../../src/cli/lazy.js';
import { buildProgram } from '../../src/cli/program.js';
import { CIL_BIN, runCli } from '../helpers/cli.js';
import { testIo } from '../helpers/io.js';
import { testdir } from '../helpers/testdir.js';

const CLI_FOLDER = new URL('../../src/cli/', import.meta.url);

/** Every function the modules of src/cli/ export to declare a group of commands (`declareMember`), by module and name. */
async function groupDeclarations(): Promise<Map<unknown, string>> {
  const found = new Map<unknown, string>();
  for (const file of readdirSync(CLI_FOLDER).filter((name) => name.endsWith('.ts'))) {
    const module = (await import(new URL(file, CLI_FOLDER).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (/^declare[A-Z]/.test(name) && typeof value === 'function') found.set(value, `${file}: ${name}`);
  }
  return found;
}

describe("the groups' table", () => {
  it('names every group a module of src/cli/ declares, once', async () => {
    const declared = await groupDeclarations();
    const tabled = await Promise.all(GROUPS.map((group) => group.declare()));
    expect(new Set(tabled).size).toBe(tabled.length);
    const untabled = [...declared.keys()].filter((declare) => !tabled.includes(declare as never));
    expect(untabled.map((declare) => declared.get(declare))).toEqual([]);
    expect(tabled.filter((declare) => !declared.has(declare))).toEqual([]);
  });

  it("is what `cil --help` lists: each group's name and description, in its order", async () => {
    const help = (await runCli(['--help'], { cwd: testdir({}) })).stdout;
    const listed = [...help.split('Commands:\n')[1]!.matchAll(/^ {2}(\S+)/gm)].map((match) => match[1]);
    expect(listed).toEqual([...GROUPS.filter((group) => !group.hidden).map((group) => group.name), 'help']);
    const flat = help.replace(/\n {2,}/g, ' ');
    for (const group of GROUPS.filter((candidate) => !candidate.hidden)) expect(flat).toContain(group.description);
  });

  it('makes every top-level command: once loaded, the groups add commands under themselves alone', async () => {
    const program = buildProgram(testIo('/'), { exitCode: 0 });
    const before = program.commands.map((command) => command.name());
    for (const command of program.commands) await loadDeclaration(command);
    expect(program.commands.map((command) => command.name())).toEqual(before);
    expect(before).toEqual([...GROUPS.map((group) => group.name), 'help']);
    const groups = program.commands.filter((command) => command.commands.length > 0).map((command) => command.name());
    expect(groups).toEqual(['lab', 'member', 'event', 'project', 'partner', 'citizen', 'report', 'export']);
  });
});

/** The modules of cil itself a process of the built cil loads for these arguments, relative to its folder. */
function modulesLoaded(args: readonly string[]): string[] {
  // A resolve hook that writes each module's address to stderr as it is loaded.
  const hook = 'export async function resolve(specifier, context, next) { const resolved = await next(specifier, context); '
    + 'process.stderr.write(`loaded ${resolved.url}\\n`); return resolved; }';
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, CIL_BIN, ...args], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  const root = new URL('../../', import.meta.url).href;
  const urls = new Set([...run.stderr.matchAll(/^loaded (\S+)$/gm)].map((match) => match[1]!));
  return [...urls].filter((url) => url.startsWith(root) && !url.includes('/node_modules/')).map((url) => fileURLToPath(url).slice(fileURLToPath(root).length));
}

describe('what cil --help loads', () => {
  it("loads the groups' table, and none of the groups' own files", () => {
    const loaded = modulesLoaded(['--help']);
    expect(loaded).toContain('dist/cli/groups.js');
    expect(loaded.filter((path) => path.startsWith('dist/cli/'))).toEqual(['dist/cli/program.js', 'dist/cli/commander.js', 'dist/cli/groups.js', 'dist/cli/lazy.js']);
    expect(loaded.filter((path) => /^dist\/(commands|prompt|format)\//.test(path))).toEqual([]);
  });

  it("loads a group's file for its own help, and no other group's", () => {
    const loaded = modulesLoaded(['member', '--help']);
    expect(loaded).toContain('dist/cli/member.js');
    expect(loaded.filter((path) => /^dist\/cli\/(lab|event|audit|report)\.js$/.test(path))).toEqual([]);
  });
});
