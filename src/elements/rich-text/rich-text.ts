import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { loadingView } from '../../internal/views.js';
import { applyMergeTags, findMergeTags, resolveMergeTags } from '../../sdk/merge-tags.js';
import { styles } from './rich-text.styles.js';

/**
 * Rich content written by the firm — custom pages, About us, the welcome message, contract text —
 * rendered after sanitizing (DOMPurify, loaded on demand): headings, lists, links, images and
 * tables survive; scripts, event handlers, styles and unsafe links do not. Optionally fills in
 * merge tags such as `{{contact.name}}` first, with their values escaped.
 *
 * @summary Sanitized rich text from the firm.
 * @tag portico-rich-text
 *
 * @csspart content - The container of the sanitized content.
 * @csspart loading - The placeholder while the sanitizer loads.
 *
 * @cssproperty --portico-color-link - Link colour.
 */
@localized()
export class PorticoRichText extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** The HTML to show. It is sanitized; never trusted. */
  @property({ attribute: false }) content = '';

  /** Fill in merge tags (`{{contact.name}}`…) before sanitizing. */
  @property({ type: Boolean, attribute: 'merge-tags' }) mergeTags = false;

  private loader = new Loader(this, {
    args: () => [this.content, this.mergeTags, this.backend, this.currentSession, this.knownConfig, this.activeLocale] as const,
    load: async ([content, mergeTags, adapter, session, config, locale], signal) => {
      let source = content;
      if (mergeTags) {
        const tags = findMergeTags(content);
        // A failed lookup (invoice totals) leaves those tags empty rather than hiding the content.
        const values = await resolveMergeTags(tags, { adapter, session, config, locale, signal }).catch(() => resolveMergeTags([], { session, config, locale }));
        source = applyMergeTags(content, values);
      }
      const { sanitizeHtml } = await import('../../internal/sanitize.js');
      return sanitizeHtml(source);
    },
    isEmpty: () => false,
  });

  #shown?: { fragment: DocumentFragment; container: Element };

  /**
   * Fills in the merge tags again (after a live change to invoices or projects), keeping the current
   * content on screen until the new one is ready.
   */
  refresh(): Promise<void> {
    return this.loader.reload({ silent: true });
  }

  protected override updated(): void {
    const container = this.renderRoot.querySelector('[part="content"]');
    const fragment = this.loader.status === 'ready' ? this.loader.value : undefined;
    if (!container || !fragment || (this.#shown?.fragment === fragment && this.#shown.container === container)) return;
    container.replaceChildren(fragment.cloneNode(true));
    this.#shown = { fragment, container };
  }

  override render() {
    return this.loader.render({
      loading: () => loadingView({ rows: 3, shape: 'detail' }),
      // Sanitizing cannot fail on content; a failure to load the sanitizer shows nothing rather than raw HTML.
      error: () => html`<div part="content" class="content"></div>`,
      ready: () => html`<div part="content" class="content"></div>`,
    });
  }
}
