import MarkdownIt from 'markdown-it-15';

// A CommonMark parser with GitHub's tables (markdown-it), as a reader of a pull-request
// comment or a report document sees it: tests check what shows, not what was written.
const markdown = new MarkdownIt({ html: true });

/** The HTML a Markdown text renders to. */
export const toHtml = (text: string): string => markdown.render(text);
