import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
/** A record is a few kilobytes; anything over this is not a record, so it is not read. */
export const MAX_FILE_BYTES = 1024 * 1024;
// git's heuristic for binary content: a NUL byte in the first 8000 bytes.
const BINARY_SNIFF_BYTES = 8000;
/**
 * Reads a file as UTF-8 text, refusing what a record never is: a file over the size cap,
 * binary content, bytes that are not UTF-8. A leading byte-order mark is dropped.
 */
export function readSource(absolutePath) {
    let bytes;
    try {
        bytes = readCapped(absolutePath);
    }
    catch (error) {
        const code = error.code ?? 'unknown error';
        return { problem: { message: `the file cannot be read (${code}); check its permissions` } };
    }
    return bytes === undefined ? oversized() : decodeSource(bytes);
}
/** What reading a file over MAX_FILE_BYTES gives, without reading it. */
export function oversized() {
    return {
        problem: {
            message: `the file is over the ${formatMiB(MAX_FILE_BYTES)} a record may be; check that this is the right file`,
        },
    };
}
/** The file's bytes, as many as its size says, or undefined when it is over the cap (it is then not read). */
function readCapped(absolutePath) {
    const fd = openSync(absolutePath, 'r');
    try {
        const { size } = fstatSync(fd);
        if (size > MAX_FILE_BYTES)
            return undefined;
        const bytes = Buffer.allocUnsafe(size);
        let filled = 0;
        for (let read = -1; read !== 0 && filled < size; filled += read)
            read = readSync(fd, bytes, filled, size - filled, filled);
        return filled === size ? bytes : bytes.subarray(0, filled);
    }
    finally {
        closeSync(fd);
    }
}
/** A file's bytes as readSource gives them: text, or why they are not a record's. */
export function decodeSource(bytes) {
    if (bytes.length > MAX_FILE_BYTES)
        return oversized();
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
        return {
            problem: { message: 'the file is binary, not text; records are YAML text files' },
        };
    }
    if (!isUtf8(bytes)) {
        return {
            problem: {
                message: 'the file is not valid UTF-8 text; save it as UTF-8 in your editor (the first bad character is here)',
                ...firstInvalidPlace(bytes),
            },
        };
    }
    const text = bytes.toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
function formatMiB(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}
/** Line and column of the first byte that is not UTF-8. */
function firstInvalidPlace(bytes) {
    const lenient = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const offset = Math.max(0, lenient.indexOf('\uFFFD'));
    const before = lenient.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
