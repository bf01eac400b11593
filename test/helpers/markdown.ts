import MarkdownIt from 'markdown-it-15';

// A CommonMark parser with GitHub's tables (markdown-it), as a reader of a pull-request
// comment or a report document sees it: tests check what shows, not what was written.
const markdown = new MarkdownIt({ html: true });

/** The HTML a Markdown text renders to. */
export const toHtml = (text: string): string => markdown.render(text);

/** The links a Markdown text shows, in order: where each goes and the text it shows. */
export function linksOf(text: string): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  for (const block of markdown.parse(text, {})) {
    let open: { href: string; text: string } | undefined;
    for (const token of block.children ?? []) {
      if (token.type === 'link_open') open = { href: String(token.attrGet('href') ?? ''), text: '' };
      else if (token.type === 'link_close' && open) {
        links.push(open);
        open = undefined;
      } else if (open) open.text += token.content;
    }
  }
  return links;
}
