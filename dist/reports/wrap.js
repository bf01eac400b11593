/** The longest line a document's paragraphs and list items are given (markdownlint's MD013). */
export const LINE_WIDTH = 80;
// A word that would open a block if it began a line: a list marker, a heading, a quote, a
// setext underline or thematic break, a fence, HTML, a table row. Never moved to a line's start.
const OPENS_BLOCK = /^(?:[-+*]|#{1,6}|=+|-+|_+|\*+|\d{1,9}[.)]|[>|<].*|[`~]{3}.*)$/;
// The lines left as they are: tables, headings, HTML, quotes, and anything indented as code.
const KEPT = /^(?:\||#|<|>| {4}|\t)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// A list item's marker (and task box), or a line's indentation: where its text starts.
const LEAD = /^ *(?:(?:[-+*]|\d{1,9}[.)]) +(?:\[[ xX]\] +)?)?/;
/**
 * Wraps a document's long lines of prose at {@link LINE_WIDTH}, as a reader's editor or
 * markdownlint expects: a paragraph's or list item's line breaks at single spaces, with list
 * items' continuation lines indented under their text. A line break where a space was renders
 * the same (in code spans too), so the document says what it said. A word that would open a
 * block at a line's start, or a backslash that would make the break a hard one, stays where
 * it is; tables, headings, fenced and indented code and HTML are not touched.
 */
export function wrapMarkdown(text) {
    const lines = text.split('\n');
    if (!lines.some((line) => line.length > LINE_WIDTH))
        return text;
    let fence;
    return lines
        .map((line) => {
        const open = FENCE.exec(line)?.[1];
        if (fence !== undefined) {
            if (open !== undefined && open[0] === fence[0] && open.length >= fence.length)
                fence = undefined;
            return line;
        }
        if (open !== undefined) {
            fence = open;
            return line;
        }
        return line.length > LINE_WIDTH && !KEPT.test(line) ? wrapLine(line) : line;
    })
        .join('\n');
}
function wrapLine(line) {
    const lead = LEAD.exec(line)?.[0].length ?? 0;
    // Where the line may break: a single space between words of its text, the next word not
    // opening a block and the one before not ending in a backslash.
    const breaks = [];
    for (let at = line.indexOf(' ', lead + 1); at !== -1; at = line.indexOf(' ', at + 1)) {
        const end = line.indexOf(' ', at + 1);
        const next = line.slice(at + 1, end === -1 ? undefined : end);
        if (next !== '' && line[at - 1] !== ' ' && line[at - 1] !== '\\' && !OPENS_BLOCK.test(next))
            breaks.push(at);
    }
    const parts = [];
    let start = 0;
    let width = LINE_WIDTH;
    let index = 0;
    while (line.length - start > width && index < breaks.length) {
        // The last break that keeps this part within the width, or the first one if none does.
        let chosen = breaks[index];
        while (index + 1 < breaks.length && breaks[index + 1] - start <= width)
            chosen = breaks[++index];
        parts.push(line.slice(start, chosen));
        start = chosen + 1;
        width = LINE_WIDTH - lead;
        index++;
    }
    parts.push(line.slice(start));
    return parts.join(`\n${' '.repeat(lead)}`);
}
