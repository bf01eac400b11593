/** The outside world a command sees; tests pass their own. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** Colour only on a terminal, and never with --no-color or NO_COLOR (https://no-color.org). */
export function useColor(io: Io, colorOption: boolean | undefined): boolean {
  if (colorOption === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdout.isTTY === true;
}
