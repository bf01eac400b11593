#!/usr/bin/env node
// The command-line entry: runs main() from the build and sets the exit code from it.
const loaded = await import('../dist/main.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write(
    `cil: cannot start (${error.message.split('\n')[0]}); run \`npm install\` in cil's folder\n`,
  );
  return undefined;
});
process.exitCode = loaded
  ? await loaded.main(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      cwd: process.cwd(),
      env: process.env,
    })
  : 2;
