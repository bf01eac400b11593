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
 * A code span holding the text exactly (a file name, an id). Inside a code span Markdown
 * treats nothing as markup, so nothing is escaped with a backslash (it would show): the fence
 * is longer than any run of backticks inside, a space pads text that starts or ends with a
 * backtick or with a space on both ends (CommonMark strips one from each), control characters
 * and line breaks are shown rather than acted on, and GitHub does not look for mentions or
 * links inside code. In a table cell a pipe would end the cell even in code, so there it is
 * written `\|`: GFM splits rows before reading code spans and takes `\|` as a pipe.
 */
export function codeSpan(text, place = 'inline') {
    const shown = printable(text).replace(/\r\n|\r|\n/g, '\u2424');
    const inside = place === 'table' ? shown.replace(/\|/g, '\\|') : shown;
    const longest = Math.max(0, ...[...inside.matchAll(/`+/g)].map((run) => run[0].length));
    const fence = '`'.repeat(longest + 1);
    const stripped = /^ .*[^ ].* $/s.test(inside);
    const pad = /^`|`$/.test(inside) || stripped || inside === '' ? ' ' : '';
    return `${fence}${pad}${inside}${pad}${fence}`;
}
/**
 * A finding's message for a pull-request comment: the parts it quotes in backticks (ids,
 * fields, values) as code spans, the rest as comment text. A part quoted with a longer fence
 * (``a`b``, as CommonMark writes a value holding a backtick) is one code span.
 */
export function messageText(message, place = 'inline') {
    let text = '';
    let at = 0;
    for (const quoted of message.matchAll(QUOTED)) {
        const fence = quoted[1]?.length ?? 1;
        const inside = quoted[0].slice(fence, -fence);
        text += commentText(message.slice(at, quoted.index)) + codeSpan(/^ .*[^ ].* $/s.test(inside) ? inside.slice(1, -1) : inside, place);
        at = quoted.index + quoted[0].length;
    }
    return text + commentText(message.slice(at));
}
// A run of backticks, what it holds, and a run of as many: CommonMark's code span.
const QUOTED = /(?<!`)(`+)(?!`)[^]*?(?<!`)\1(?!`)/g;
