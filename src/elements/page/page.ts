import { html, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { LiveController } from '../../internal/live.js';
import { icons } from '../../internal/icons.js';
import { emptyView, errorView, loadingView, updatedNotice } from '../../internal/views.js';
import { PortalError } from '../../sdk/errors.js';
import { findMergeTags } from '../../sdk/merge-tags.js';
import type { CustomPage, PortalConfig } from '../../sdk/schemas.js';
import type { PorticoRichText } from '../rich-text/rich-text.js';
import '../rich-text/define.js';
import { styles } from './page.styles.js';

const PAGE_NOT_FOUND = 'page_not_found';

/**
 * One of the firm's own pages ("How we work", "Our guarantee"), found by its slug in the firm's
 * configuration: rich content (headings, lists, links, images, tables) sanitized, links forced
 * safe, merge tags such as `{{contact.name}}` filled in with escaped values. An unknown slug shows
 * a clear "not found" state. Values that depend on invoices or projects update live.
 *
 * @summary A custom page of the firm.
 * @tag portico-page
 *
 * @event portico-navigate - "Go to the start page" from the not-found state.
 * @event portico-unauthorized - The session ended while filling in merge tags.
 *
 * @csspart heading - The page title.
 * @csspart content - The rich content (inside `<portico-rich-text>`).
 * @csspart not-found - Shown for an unknown slug.
 * @csspart updated - The short "Updated" notice after a live update.
 * @csspart loading - The skeleton while loading.
 * @csspart empty - Shown for a page without content.
 * @csspart error - The error state.
 *
 * @cssproperty --portico-color-link - Links in the content.
 */
@localized()
export class PorticoPage extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** The page's slug, as in the address `/pages/how-we-work`. */
  @property() slug?: string;

  @query('portico-rich-text') private richText?: PorticoRichText;

  private loader = new Loader(this, {
    args: () => (this.backend && this.slug !== undefined ? ([this.backend, this.slug, this.knownConfig] as const) : undefined),
    load: async ([adapter, slug], signal): Promise<{ page: CustomPage; config: PortalConfig }> => {
      const config = await this.resolveConfig(adapter, signal);
      const page = config.pages.find((p) => p.slug === slug);
      if (!page) throw new PortalError('not_found', msg('There is no page at this address. It may have been moved or taken down.'), { code: PAGE_NOT_FOUND });
      return { page, config };
    },
    isEmpty: ({ page }) => !page.content.trim(),
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    // Only the values some merge tags show (invoice totals, project progress) change while the page is open.
    matches: ({ record }) => {
      const tags = findMergeTags(this.loader.value?.page.content ?? '');
      return (record.type === 'invoice' && tags.some((t) => t.startsWith('invoice.'))) || (record.type === 'project' && tags.some((t) => t.startsWith('project.')));
    },
    onChange: () => this.richText?.refresh(),
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private renderNotFound(error: PortalError): TemplateResult {
    return html`<h1 part="heading" tabindex="-1">${msg('Page not found')}</h1>
      <div class="state" part="not-found" role="alert">
        ${icons.alert('state-icon')}
        <p>${error.message}</p>
        <a class="btn" href=${this.href('/')} @click=${(e: MouseEvent) => this.navigate('/', { event: e })}>${msg('Go to the start page')}</a>
      </div>`;
  }

  override render() {
    return this.loader.render({
      loading: () => html`<h1 part="heading" tabindex="-1" class="visually-hidden">${msg('Page')}</h1>
        ${loadingView({ rows: 6, shape: 'detail' })}`,
      error: (error) =>
        error.code === PAGE_NOT_FOUND
          ? this.renderNotFound(error)
          : html`<h1 part="heading" tabindex="-1">${msg('Page')}</h1>
              ${errorView(error, this.loader.retry)}`,
      empty: ({ page, config }) => html`<header><h1 part="heading" tabindex="-1">${page.title}</h1></header>
        ${emptyView(msg('This page is empty'), msg(str`${config.firm.name} has not written anything here yet.`))}`,
      ready: ({ page, config }) => html`
        <header>
          <h1 part="heading" tabindex="-1">${page.title}</h1>
          ${updatedNotice(this.live.recentlyUpdated)}
        </header>
        <portico-rich-text
          merge-tags
          exportparts="content"
          .content=${page.content}
          .adapter=${this.backend}
          .config=${config}
          .session=${this.currentSession}
          .locale=${this.locale}
          ?read-only=${this.writesBlocked}
        ></portico-rich-text>
      `,
    });
  }
}
