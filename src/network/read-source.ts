import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Problem } from './types.js';

/** A record is a few kilobytes; anything over this is not a record, so it is not read. */
export const MAX_FILE_BYTES = 1024 * 1024;

// git's heuristic for binary content: a NUL byte in the first 8000 bytes.
const BINARY_SNIFF_BYTES = 8000;

export type ReadResult = { text: string } | { problem: Problem };

/**
 * Reads a file as UTF-8 text, refusing what a record never is: a file over the size cap,
 * binary content, bytes that are not UTF-8. A leading byte-order mark is dropped.
 */
export function readSource(absolutePath: string): ReadResult {
  let bytes: Buffer | undefined;
  try {
    bytes = readCapped(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { problem: { message: `the file cannot be read (${code}); check its permissions` } };
  }
  if (bytes === undefined) {
    return {
      problem: {
        message: `the file is over the ${formatMiB(MAX_FILE_BYTES)} a record may be; check that this is the right file`,
      },
    };
  }
  return decode(bytes);
}

// One buffer per thread, a byte larger than the cap: a read that fills it found a file
// over the cap, without asking the file system for its size first.
const SCRATCH = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);

/** The file's bytes (a view of a buffer reused by the next read), or undefined when over the cap. */
function readCapped(absolutePath: string): Buffer | undefined {
  const fd = openSync(absolutePath, 'r');
  let filled = 0;
  try {
    for (let read = -1; read !== 0 && filled < SCRATCH.length; filled += read) {
      read = readSync(fd, SCRATCH, filled, SCRATCH.length - filled, filled);
    }
  } finally {
    closeSync(fd);
  }
  return filled > MAX_FILE_BYTES ? undefined : SCRATCH.subarray(0, filled);
}

function decode(bytes: Buffer): ReadResult {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return {
      problem: { message: 'the file is binary, not text; records are YAML text files' },
    };
  }
  if (!isUtf8(bytes)) {
    return {
      problem: {
        message:
          'the file is not valid UTF-8 text; save it as UTF-8 in your editor (the first bad character is here)',
        ...firstInvalidPlace(bytes),
      },
    };
  }
  const text = bytes.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}

/** Line and column of the first byte that is not UTF-8. */
function firstInvalidPlace(bytes: Buffer): { line: number; column: number } {
  const lenient = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const offset = Math.max(0, lenient.indexOf('\uFFFD'));
  const before = lenient.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
