/**
 * The files among these whose records do not pass their schema: every command that makes
 * something from records leaves them out, and says so, so that a missing row, event or page
 * is not a surprise (the audit says what is wrong).
 */
export function invalidRecords(files) {
    return [...files].filter((file) => file.record === undefined).map((file) => ({ file: file.path, why: `not a valid ${file.kind} record; \`cil audit\` says why` }));
}
