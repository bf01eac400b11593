// Text from records and file names, made safe for where cil prints it: a terminal, where a
// control character can move the cursor or ring a bell, and a pull-request comment, where
// Markdown, HTML, mentions, issue references and links would let a record restructure the
// comment, ping people or show remote images on a volunteer's behalf.
// C0 and C1 control characters (ESC, BEL, CR, NUL…), DEL, and the bidirectional overrides
// that make text read differently from what it holds.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** A text with control characters shown as `\u{1b}` rather than acted on by the terminal. */
export function printable(text) {
    return text.replace(UNPRINTABLE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}
// A zero-width space: invisible, but GitHub no longer sees a mention, reference or link.
const BREAK = '\u200b';
/**
 * Text for a pull-request comment, shown as written and doing nothing else: every ASCII
 * punctuation character Markdown could act on is escaped with a backslash (CommonMark shows
 * it as itself), line breaks become spaces, and `@user`, `@org/team`, `#12`, web addresses
 * and e-mail addresses are broken up with an invisible space so that GitHub neither pings,
 * links nor embeds them.
 */
export function commentText(text) {
    return printable(text)
        .replace(/\s*[\r\n\t]+\s*/g, ' ')
        .replace(/[\\`*_{}[\]()#+\-.!|<>~&=$]/g, (char) => `\\${char}`)
        .replace(/@(?=\w)/g, `@${BREAK}`)
        .replace(/#(?=\w)/g, `#${BREAK}`)
        .replace(/\b(https?|ftp|www)(?=\\?[:.])/gi, (scheme) => `${scheme}${BREAK}`);
}
/**
 * A code span holding the text exactly (a file name, an id): its fence is longer than any
 * run of backticks inside, control characters and line breaks are shown rather than acted
 * on, and GitHub does not look for mentions or links inside code.
 */
export function codeSpan(text) {
    const inside = printable(text).replace(/\r\n|\r|\n/g, '\u2424');
    const longest = Math.max(0, ...[...inside.matchAll(/`+/g)].map((run) => run[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = inside.startsWith('`') || inside.endsWith('`') || inside === '' ? ' ' : '';
    return `${fence}${pad}${inside}${pad}${fence}`;
}
/**
 * A finding's message for a pull-request comment: the parts it quotes in backticks (ids,
 * fields, values) as code spans, the rest as comment text.
 */
export function messageText(message) {
    return message
        .split(/(`[^`\n]*`)/)
        .map((part) => (/^`[^`\n]*`$/.test(part) ? codeSpan(part.slice(1, -1)) : commentText(part)))
        .join('');
}
