// `npm test`'s first step: type-check (tsc) and lint (eslint) at once, each on a core of its
// own, instead of one after the other. Both keep what they learnt in node_modules/.cache/cil/
// (tsc's incremental state, eslint's cache, by content), so that a second run checks only
// what changed; npm ci removes it with node_modules, and a fresh clone starts without it.
// Each tool's output is printed whole when it ends; the step fails when either does.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
/** A command a package installs, by its `bin` (the package's exports do not reach it). */
const bin = (name, command) => {
  const manifest = require.resolve(`${name}/package.json`);
  return join(dirname(manifest), require(manifest).bin[command]);
};
const colour = process.stdout.isTTY === true;
const steps = [
  ['tsc', bin('typescript', 'tsc'), ['--noEmit', '--pretty', String(colour)]],
  [
    'eslint',
    bin('eslint', 'eslint'),
    ['--cache', '--cache-strategy', 'content', '--cache-location', 'node_modules/.cache/cil/eslint/', '.'],
  ],
];

const run = ([name, bin, args]) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...(colour ? { FORCE_COLOR: '1' } : {}) } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      process.stdout.write(output);
      if (code !== 0) process.stderr.write(`${name} failed (exit ${code})\n`);
      resolve(code === 0);
    });
  });

const passed = await Promise.all(steps.map(run));
process.exitCode = passed.every(Boolean) ? 0 : 1;
