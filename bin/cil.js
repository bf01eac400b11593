#!/usr/bin/env node
// The command-line entry: runs main() from the build and sets the exit code from it.
const args = process.argv.slice(2);
// A reader that stops early (`cil audit | head`) closes the pipe: what is left of the output
// has nobody to read it, which is not a failure of cil. The command still runs to its end, so
// its exit code is what it would have been.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error?.code !== 'EPIPE' && error?.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Asked only for the version: answer without loading the program.
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  const loaded = await import('../dist/main.js').catch((error) => {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    process.stderr.write(
      `cil: cannot start (${error.message.split('\n')[0]}); run \`npm install\` in cil's folder\n`,
    );
    return undefined;
  });
  process.exitCode = loaded
    ? await loaded.main(args, {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        cwd: process.cwd(),
        env: process.env,
      })
    : 2;
}
