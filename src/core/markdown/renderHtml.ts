import { Marked, type Tokens } from 'marked';
import { isFenceClosed, toBlocks, type MdBlock } from './blocks';
import { createIncrementalLexer, LEXER_OPTIONS } from './incrementalLexer';
import { escapeHtml } from './escapeHtml';
import { languageFor } from './languages';
import { imageDecision, linkDecision } from './urlPolicy';

/**
 * GitHub-flavoured markdown to HTML with the playground's policy for model
 * output built into the renderer, so the HTML is safe before any sanitiser
 * sees it (the sanitiser is the second line, see sanitizeConfig.ts):
 * - raw HTML is shown as text, never parsed: a user sees `<script>`, not nothing;
 * - links only to http(s)/mailto, opening in a new tab without an opener or referrer;
 *   other links keep their text and lose the link;
 * - images become a "Load image from <host>" button (see urlPolicy.ts);
 * - code blocks get a copy button and are marked for highlighting, unless
 *   their fence is still being streamed.
 * Single newlines are line breaks (`breaks`), as in the plain-text view,
 * because models write them meaning a new line.
 */
export interface BlockRenderer {
  /** A splitter for one answer: it re-lexes only the end of a text that grew. */
  splitter(): (text: string, streaming: boolean) => MdBlock[];
  html(block: MdBlock): string;
}

export function createBlockRenderer(): BlockRenderer {
  // The block being rendered: its fences may still be open. The parser is synchronous.
  let pendingBlock = false;

  const md = new Marked({
    ...LEXER_OPTIONS,
    renderer: {
      html({ text, block }: Tokens.HTML | Tokens.Tag) {
        const shown = escapeHtml(text.replace(/\n+$/, ''));
        return block ? `<p class="md-raw-html">${shown}</p>\n` : shown;
      },
      // A newline after <br> keeps the text content readable when copied or searched.
      br() {
        return '<br>\n';
      },
      link(token: Tokens.Link) {
        const inner = token.autolink
          ? escapeHtml(token.text)
          : this.parser.parseInline(token.tokens);
        const decision = linkDecision(token.href);
        if (decision.kind === 'blocked') {
          return `<span class="md-link-blocked" title="${escapeHtml(decision.reason)}">${inner}</span>`;
        }
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(decision.href)}"${title} target="_blank" rel="noopener noreferrer">${inner}</a>`;
      },
      image(token: Tokens.Image) {
        const alt = this.parser.parseInline(token.tokens, this.parser.textRenderer);
        const altHtml = alt ? `<span class="md-image-alt">${escapeHtml(alt)}</span>` : '';
        const decision = imageDecision(token.href);
        if (decision.kind === 'blocked') {
          return `<span class="md-image md-image-blocked" title="${escapeHtml(decision.reason)}">${altHtml || 'image'}</span>`;
        }
        const label =
          decision.kind === 'remote'
            ? `Load image from ${escapeHtml(decision.host)}`
            : 'Show embedded image';
        return (
          `<span class="md-image" data-md-image="" data-md-src="${escapeHtml(decision.src)}" data-md-alt="${escapeHtml(alt)}">` +
          `<button type="button" class="md-image-load" data-md-load-image="">${label}</button>${altHtml}</span>`
        );
      },
      code(token: Tokens.Code) {
        const lang = languageFor(token.lang);
        const label = escapeHtml((token.lang ?? '').trim().split(/\s+/, 1)[0]?.slice(0, 32) ?? '');
        const pending = pendingBlock && !isFenceClosed(token.raw);
        const text = token.text.replace(/\n$/, '');
        return (
          `<div class="md-code" data-md-code=""${lang ? ` data-lang="${lang}"` : ''}${pending ? ' data-open=""' : ''}>` +
          `<div class="md-code-head"><span class="md-code-lang">${label || 'text'}</span>` +
          `<button type="button" class="md-copy" data-md-copy="">Copy code</button></div>` +
          `<pre><code>${escapeHtml(text)}</code></pre></div>\n`
        );
      },
      // Task items carry a class for their style (no list marker beside the box).
      listitem(item: Tokens.ListItem) {
        const body = this.parser.parse(item.tokens);
        return item.task ? `<li class="md-task">${body}</li>\n` : `<li>${body}</li>\n`;
      },
      checkbox({ checked }: Tokens.Checkbox) {
        return `<input type="checkbox" disabled=""${checked ? ' checked=""' : ''}> `;
      },
    },
  });

  return {
    splitter() {
      const lexer = createIncrementalLexer();
      return (text, streaming) => toBlocks(lexer.lex(text), streaming);
    },
    html(block) {
      pendingBlock = block.pending;
      try {
        return md.parser([block.token]);
      } finally {
        pendingBlock = false;
      }
    },
  };
}
