import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { icons } from '../../internal/icons.js';
import { badge, emptyView, errorView, loadingView } from '../../internal/views.js';
import { formatMoney } from '../../sdk/format.js';
import type { CatalogueItem, PortalConfig } from '../../sdk/schemas.js';
import { styles } from './catalogue.styles.js';

const SEARCH_DELAY_MS = 250;

/**
 * The firm's products and services — name, description, price with currency and unit, category
 * and picture — searchable and filterable by category. "Ask about this" opens a new request
 * prefilled with the item.
 *
 * @summary The firm's products and services.
 * @tag portico-catalogue
 *
 * @event portico-navigate - "Ask about this" opens a prefilled request.
 *
 * @csspart heading - The view's heading.
 * @csspart search - The search field.
 * @csspart item - One product or service.
 * @csspart price - An item's price.
 *
 * @cssproperty --portico-color-primary - The selected category and the Ask button.
 */
@localized()
export class PorticoCatalogue extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** Search text (kept in the address inside the portal). */
  @property() q = '';

  /** Category to show; empty for all. */
  @property() category = '';

  @state() private query = '';
  #searchTimer?: ReturnType<typeof setTimeout>;

  private loader = new Loader(this, {
    args: () => (this.backend ? ([this.backend, this.q.trim()] as const) : undefined),
    load: async ([adapter, q], signal) => {
      const [page, config] = await Promise.all([adapter.listCatalogue({ q: q || undefined, limit: 200 }, { signal }), this.resolveConfig(adapter, signal)]);
      return { items: page.items, config };
    },
    isEmpty: ({ items }) => items.length === 0,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('q')) this.query = this.q;
  }

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  private onSearch(event: InputEvent) {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.setFilters({ q: this.query }), SEARCH_DELAY_MS);
  }

  /** Changes filters: inside the portal through the address (replacing the entry), alone in place. */
  private setFilters(change: { q?: string; category?: string }) {
    const q = change.q ?? this.q;
    const category = change.category ?? this.category;
    const params = new URLSearchParams();
    if (q.trim()) params.set('q', q.trim());
    if (category) params.set('category', category);
    const search = params.toString();
    this.q = q;
    this.category = category;
    this.navigate(`/catalogue${search ? `?${search}` : ''}`, { replace: true });
  }

  private ask(item: CatalogueItem, config: PortalConfig) {
    const categories = config.requestCategories.map((c) => c.id);
    const category = categories.includes('general') ? 'general' : categories.includes('quote') ? 'quote' : categories[0] ?? '';
    const params = new URLSearchParams({ subject: msg(str`Question about ${item.name}`) });
    if (category) params.set('category', category);
    this.navigate(`/requests/new?${params}`);
  }

  private price(item: CatalogueItem) {
    if (item.price === 0) return html`<span class="price" part="price">${msg('Price on request')}</span>`;
    return html`<span class="price money" part="price"
      >${formatMoney(item.price, item.currency, this.activeLocale)}${item.unit ? html` <span class="unit">/ ${item.unit}</span>` : nothing}</span
    >`;
  }

  private renderItems(items: CatalogueItem[], config: PortalConfig) {
    const categories = [...new Set(items.map((i) => i.category).filter((c): c is string => !!c))];
    const shown = this.category ? items.filter((i) => i.category === this.category) : items;
    const canAsk = config.modules.includes('requests') && config.permissions.requests.create;
    return html`
      ${categories.length > 1
        ? html`<div class="filters" role="group" aria-label=${msg('Categories')}>
            <button class="btn chip" type="button" aria-pressed=${this.category ? 'false' : 'true'} @click=${() => this.setFilters({ category: '' })}>${msg('All')}</button>
            ${categories.map(
              (category) =>
                html`<button class="btn chip" type="button" aria-pressed=${this.category === category ? 'true' : 'false'} @click=${() => this.setFilters({ category })}>${category}</button>`,
            )}
          </div>`
        : nothing}
      ${shown.length
        ? html`<ul class="grid" aria-label=${msg('Products and services')}>
            ${shown.map(
              (item) => html`<li class="card item" part="item">
                ${item.imageUrl && /^(https?:|data:image\/)/.test(item.imageUrl) ? html`<img src=${item.imageUrl} alt="" loading="lazy" />` : nothing}
                <div class="body">
                  <h2>${item.name}</h2>
                  ${item.category ? badge(item.category) : nothing}
                  <p>${item.description}</p>
                  <div class="foot">
                    ${this.price(item)}
                    ${canAsk
                      ? html`<button class="btn" type="button" @click=${() => this.ask(item, config)}>
                          ${msg('Ask about this')}<span class="visually-hidden">: ${item.name}</span>
                        </button>`
                      : nothing}
                  </div>
                </div>
              </li>`,
            )}
          </ul>`
        : emptyView(msg('Nothing in this category'), msg('Choose another category to see more.'))}
    `;
  }

  override render() {
    const searching = !!this.q.trim();
    return html`
      <header>
        <h1 part="heading" tabindex="-1">${msg('Products and services')}</h1>
        <div class="search" part="search">
          ${icons.search()}
          <input type="search" .value=${this.query} @input=${this.onSearch} aria-label=${msg('Search products and services')} placeholder=${msg('Search')} />
        </div>
      </header>
      ${this.loader.render({
        loading: () => loadingView({ shape: 'cards', rows: 4 }),
        error: (error) => errorView(error, this.loader.retry),
        empty: () =>
          searching
            ? emptyView(msg(str`Nothing matches “${this.q.trim()}”`), msg('Try other words, or clear the search.'), html`<button class="btn" type="button" @click=${() => this.setFilters({ q: '' })}>${msg('Clear search')}</button>`)
            : emptyView(msg('No products or services yet'), msg('When the firm lists what it offers, you will find it here, with prices.')),
        ready: ({ items, config }) => this.renderItems(items, config),
      })}
    `;
  }
}
