import MarkdownIt, { type MarkdownIt as Renderer, type Token } from 'markdown-it';
import { RIGHT_TO_LEFT } from '../text/direction.js';
import { clean } from './public-lab.js';

let renderer: Renderer | undefined;

/** Whether the text of the block a token opens (up to its close, nested blocks included) has a right-to-left letter. */
function holdsRightToLeft(tokens: readonly Token[], open: number): boolean {
  const { level } = tokens[open] as Token;
  for (let index = open + 1; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.level === level && token.nesting === -1) return false;
    if (token.type === 'inline' && RIGHT_TO_LEFT.test(token.content)) return true;
  }
  return false;
}

const headingTag = (tag: string, down: number) => `h${Math.min(6, Math.max(2, Number(tag.slice(1)) + down))}`;

/** A column's alignment as a class of the style sheet (`number` for the right), not a style of the cell. */
function alignByClass(cell: Token): void {
  const style = cell.attrGet('style');
  if (style === null) return;
  // markdown-it gives an aligned column's cells `style="text-align:right"` (or left, center).
  const align = /text-align:(\w+)/.exec(style)?.[1];
  if (align === undefined) return;
  cell.attrs = (cell.attrs ?? []).filter(([name]) => name !== 'style');
  cell.attrSet('class', align === 'right' ? 'number' : align);
}

/**
 * A committed report document as HTML, with CommonMark's rules (markdown-it): raw HTML in
 * it is shown as text, never passed through; images are not loaded (a page makes no request
 * outside the site): `![alt](address)` is a link to the address, named by its alt text;
 * contact details are removed, as from any record text. Its title gives way to the page's own (without one, its headings go a level
 * down), no other heading is a page's title, and its tables scroll inside their own box on a narrow screen.
 */
export function reportHtml(markdown: string): string {
  renderer ??= markdownRenderer();
  return renderer.render(clean(markdown));
}

function markdownRenderer(): Renderer {
  const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
  md.enable('table');
  md.core.ruler.push('site_headings', (state) => {
    const { tokens } = state;
    // The document's own title is the page's: the page already has it as its heading.
    const [first, , last] = tokens;
    const titled = first?.type === 'heading_open' && first.tag === 'h1' && last?.type === 'heading_close';
    if (titled) tokens.splice(0, 3);
    const down = titled ? 0 : 1;
    // Names in Urdu, Pashto or Sindhi run right to left inside the English text around them:
    // a block that holds such a letter takes its direction from its own text. In a block
    // with none, `dir="auto"` would give the page's own left to right, so it is left out
    // (it was a fifth of a page's bytes).
    const rightToLeft = RIGHT_TO_LEFT.test(state.src);
    const towardsText = (token: Token, index: number) => {
      if (rightToLeft && holdsRightToLeft(tokens, index)) token.attrSet('dir', 'auto');
    };
    // Each table's box is named after the heading above it, and no two alike.
    let heading = 'Table';
    const labels = new Map<string, number>();
    // One pass over the tokens: a document has a few hundred table cells.
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      switch (token.type) {
        case 'heading_open':
          heading = tokens[index + 1]?.content ?? heading;
          token.tag = headingTag(token.tag, down);
          break;
        case 'heading_close':
          token.tag = headingTag(token.tag, down);
          break;
        case 'table_open': {
          const seen = (labels.get(heading) ?? 0) + 1;
          labels.set(heading, seen);
          token.meta = { label: seen === 1 ? `${heading}: table` : `${heading}: table ${seen}` };
          break;
        }
        case 'th_open':
        case 'td_open':
          towardsText(token, index);
          alignByClass(token);
          break;
        case 'paragraph_open':
        case 'list_item_open':
          towardsText(token, index);
          break;
        default:
      }
    }
  });
  const renderToken = md.renderer.renderToken.bind(md.renderer);
  md.renderer.rules.table_open = (tokens, index, options) => {
    const label = md.utils.escapeHtml(String((tokens[index]?.meta as { label?: string } | null)?.label ?? 'Table'));
    return `<div class="scroll" role="region" aria-label="${label}" tabindex="0">\n${renderToken(tokens, index, options)}`;
  };
  md.renderer.rules.table_close = (tokens, index, options) => `${renderToken(tokens, index, options)}</div>\n`;
  // An image is a link to it, named by its alt text (its address without one): a page loads
  // nothing from elsewhere. Inside a link (a badge linking to a page), its alt text alone: links do not nest.
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const image = tokens[index] as Token;
    const { escapeHtml } = md.utils;
    const address = image.attrGet('src') ?? '';
    const text = escapeHtml(self.renderInlineAsText(image.children ?? [], options, env) || address);
    const inLink = tokens.slice(0, index).reduce((open, token) => open + (token.type === 'link_open' ? 1 : token.type === 'link_close' ? -1 : 0), 0) > 0;
    if (inLink) return text;
    const title = image.attrGet('title');
    return `<a href="${escapeHtml(address)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${text}</a>`;
  };
  return md;
}
