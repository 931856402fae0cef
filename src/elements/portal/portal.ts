import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { adapterContext, configContext, localeContext, portalContext, sessionContext, type PortalHost } from '../../internal/context.js';
import { brandTokens } from '../../internal/color.js';
import { directionOf, useLocale } from '../../internal/i18n.js';
import { sanitizeCss } from '../../internal/css-sanitize.js';
import { icons } from '../../internal/icons.js';
import { toPortalError } from '../../internal/loader.js';
import { readOnlyAdapter } from '../../internal/read-only.js';
import { sharedStyles } from '../../internal/styles.js';
import { emptyView, errorView, loadingView } from '../../internal/views.js';
import { PorticoSignInEvent, PorticoSignOutEvent } from '../../events/sign-in.js';
import type { PorticoNavigateEvent } from '../../events/navigate.js';
import type { PorticoUnauthorizedEvent } from '../../events/unauthorized.js';
import type { PortalAdapter } from '../../sdk/adapter.js';
import { PortalError, isAbortError } from '../../sdk/errors.js';
import { createRestAdapter } from '../../sdk/rest-adapter.js';
import type { MenuItem, ModuleId, PortalConfig, Session } from '../../sdk/schemas.js';
import { getDefaultSessionStore, type SessionPersistence } from '../../sdk/session.js';
import '../login/define.js';
import { matchRoute, splitPath, type RouteMatch } from './routes.js';
import { styles } from './portal.styles.js';

/** Design variables a firm or designer may set; each maps onto a semantic token. */
export interface AppearanceVariables {
  colorPrimary?: string;
  colorText?: string;
  colorTextMuted?: string;
  colorBackground?: string;
  colorSurface?: string;
  colorBorder?: string;
  colorDanger?: string;
  colorSuccess?: string;
  colorWarning?: string;
  fontFamily?: string;
  borderRadius?: string;
  spacingUnit?: string;
}

/** Run-time styling, like Stripe's `appearance`: `{ variables: { colorPrimary: '#0f766e', borderRadius: '4px' } }`. */
export interface Appearance {
  variables?: AppearanceVariables;
}

const variableTokens: Record<keyof AppearanceVariables, string> = {
  colorPrimary: '--portico-color-primary',
  colorText: '--portico-color-text',
  colorTextMuted: '--portico-color-text-muted',
  colorBackground: '--portico-color-background',
  colorSurface: '--portico-color-surface',
  colorBorder: '--portico-color-border',
  colorDanger: '--portico-color-danger',
  colorSuccess: '--portico-color-success',
  colorWarning: '--portico-color-warning',
  fontFamily: '--portico-font-family',
  borderRadius: '--portico-radius',
  spacingUnit: '--portico-space-unit',
};

const TOKEN_PARAM = /(?:^|[#&?])portico-token=([^&]+)/;
const RETURN_KEY = 'portico.return';

type Phase = 'starting' | 'config-error' | 'signed-out' | 'signing-in' | 'ready';

interface ViewElement extends HTMLElement {
  focusHeading?: () => void;
}

function moduleLabel(module: ModuleId): string {
  const labels: Record<ModuleId, () => string> = {
    home: () => msg('Home'),
    invoices: () => msg('Invoices'),
    quotes: () => msg('Quotes'),
    contracts: () => msg('Contracts'),
    files: () => msg('Files'),
    requests: () => msg('Requests'),
    tasks: () => msg('Tasks'),
    projects: () => msg('Projects'),
    activity: () => msg('Activity'),
    catalogue: () => msg('Services'),
    contact: () => msg('Contact'),
  };
  return labels[module]();
}

const modulePath = (module: ModuleId) => (module === 'home' ? '/' : `/${module}`);

/**
 * The one tag a firm embeds: the whole client portal. It signs the client in without a password,
 * brands itself from the firm's config, and shows the modules the firm enabled, each on its own
 * address (`#/invoices/INV-1042`) with working back and forward. It provides the adapter, session,
 * config and locale to every element inside it.
 *
 * @summary The client portal.
 * @tag portico-portal
 *
 * @event portico-sign-in - The client signed in.
 * @event portico-sign-out - The client signed out or the session expired.
 * @event portico-navigate - A view was requested (handled by the portal itself).
 *
 * @csspart header - The top bar with the firm's brand and the account menu.
 * @csspart logo - The firm's logo or monogram.
 * @csspart nav - The navigation.
 * @csspart nav-link - One navigation link.
 * @csspart main - The area that shows the current view.
 * @csspart banner - The read-only preview banner.
 * @csspart footer - The footer with the firm's contact details.
 *
 * @cssproperty --portico-color-primary - Brand colour (from the firm's config or `appearance`).
 * @cssproperty --portico-color-on-primary - Text on the brand colour (computed for contrast).
 * @cssproperty --portico-color-background - Page background behind the views.
 * @cssproperty --portico-color-surface - Cards and bars.
 * @cssproperty --portico-color-text - Body text.
 * @cssproperty --portico-font-family - Font of the whole portal.
 * @cssproperty --portico-radius - Corner radius.
 * @cssproperty --portico-space-unit - Spacing step (default 4px).
 */
@localized()
export class PorticoPortal extends LitElement {
  static override styles: CSSResultGroup = [sharedStyles, styles];

  /** URL of the firm's REST API (the contract in contract/openapi.json). Ignored when `adapter` is set. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A `PortalAdapter` to use instead of the REST adapter (memory adapter, the firm's own). */
  @property({ attribute: false }) adapter?: PortalAdapter;

  /** BCP 47 locale. Default: the contact's preferred language, else the firm's, else the browser's. */
  @property() locale?: string;

  /** `hash` (default): every view has an address (`#/invoices/INV-1042`) with back/forward. `memory`: the page URL is left alone. */
  @property() routing: 'hash' | 'memory' = 'hash';

  /** "View as client" for the firm's staff: everything renders, no write is possible. */
  @property({ type: Boolean, attribute: 'read-only', reflect: true }) readOnly = false;

  /** `light`, `dark`, or `auto` (default: follows the device). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Where the session is kept: `session` (default, survives a reload of this tab) or `memory`. */
  @property({ attribute: 'session-storage' }) sessionPersistence: SessionPersistence = 'session';

  /** Design variables mapped onto the tokens; may be changed at any time. */
  @property({ attribute: false }) appearance?: Appearance;

  @provide({ context: adapterContext }) @state() private activeAdapter?: PortalAdapter;
  @provide({ context: configContext }) @state() private config?: PortalConfig;
  @provide({ context: sessionContext }) @state() private session: Session | null = null;
  @provide({ context: localeContext }) @state() private activeLocale?: string;
  @provide({ context: portalContext }) @state() private host: PortalHost = this.makeHost();

  @state() private phase: Phase = 'starting';
  @state() private path = '/';
  @state() private configError?: PortalError;
  @state() private notice?: string;
  @state() private linkError?: PortalError;
  @state() private menuOpen = false;
  @state() private view?: ViewElement;
  @state() private viewError?: PortalError;

  @query('main') private main?: HTMLElement;

  #store = getDefaultSessionStore();
  #pendingToken?: string;
  #configController?: AbortController;
  #viewMatch?: RouteMatch;
  #viewSeq = 0;
  /** A navigation asked for focus to move to the next view shown. */
  #wantFocus = false;
  #focusOnRender = false;
  #customSheet?: CSSStyleSheet;
  #appliedTokens = new Set<string>();

  constructor() {
    super();
    this.addEventListener('portico-navigate', (event: PorticoNavigateEvent) => {
      event.preventDefault();
      this.navigate(event.detail.path, { replace: event.detail.replace });
    });
    this.addEventListener('portico-unauthorized', (event: PorticoUnauthorizedEvent) => {
      event.stopPropagation();
      this.expire();
    });
  }

  /** Dispatches one of the events documented above. */
  private emit(event: Event): void {
    this.dispatchEvent(event);
  }

  /** Goes to a portal path such as `/invoices/INV-1042`. */
  navigate(path: string, options: { replace?: boolean } = {}): void {
    const target = path.startsWith('/') ? path : `/${path}`;
    if (target === this.path) return;
    if (this.routing === 'hash') {
      const url = `${location.pathname}${location.search}#${target}`;
      if (options.replace) history.replaceState(history.state, '', url);
      else history.pushState(history.state, '', url);
    }
    this.menuOpen = false;
    this.#wantFocus = !options.replace;
    this.path = target;
  }

  /** Signs the client out: ends the session on the backend and forgets everything the portal kept. */
  async signOut(): Promise<void> {
    const adapter = this.activeAdapter;
    try {
      await adapter?.logout();
    } catch {
      // Signing out locally is what matters; the backend session expires anyway.
    }
    this.forgetEverything();
    this.session = null;
    this.notice = msg('You have signed out.');
    this.phase = 'signed-out';
    this.emit(new PorticoSignOutEvent({ reason: 'logout' }));
    void this.loadConfig();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#store.persist = this.sessionPersistence;
    // A magic-link token leaves the address bar and history before anything renders.
    this.takeTokenFromUrl();
    this.path = this.readPath();
    this.session = this.#store.get();
    addEventListener('popstate', this.onLocationChange);
    addEventListener('hashchange', this.onLocationChange);
    addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onLocationChange);
    removeEventListener('hashchange', this.onLocationChange);
    removeEventListener('keydown', this.onKeydown);
    this.#configController?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('adapter') || changed.has('apiBase') || changed.has('readOnly') || !this.activeAdapter) {
      const base = this.adapter ?? (this.apiBase ? createRestAdapter({ baseUrl: this.apiBase, getToken: () => this.#store.token }) : undefined);
      const next = base && this.readOnly ? readOnlyAdapter(base) : base;
      if (next !== this.activeAdapter) {
        this.activeAdapter = next;
        if (next) void this.start();
      }
    }
    if (changed.has('readOnly') || changed.has('routing')) this.host = this.makeHost();
    if (changed.has('sessionPersistence')) this.#store.persist = this.sessionPersistence;
    if (changed.has('locale') || changed.has('session')) {
      // The locale attribute, else the contact's preferred language, else the browser's.
      this.activeLocale = this.locale ?? this.session?.contact.locale ?? (navigator.language || undefined);
      this.dir = directionOf(this.activeLocale);
      void useLocale(this.activeLocale);
    }
    if (changed.has('config') || changed.has('appearance')) this.applyBranding();
    if ((changed.has('path') || changed.has('phase') || changed.has('config')) && this.phase === 'ready') void this.showView();
  }

  protected override updated(): void {
    if (this.#focusOnRender && (this.view?.isConnected || this.viewError)) {
      this.#focusOnRender = false;
      void this.focusView();
    }
  }

  private makeHost(): PortalHost {
    return {
      readOnly: this.readOnly,
      href: (path) => (this.routing === 'hash' ? `#${path}` : '#'),
      navigate: (path, options) => this.navigate(path, options),
    };
  }

  private readPath(): string {
    if (this.routing !== 'hash') return this.path || '/';
    const hash = decodeURI(location.hash.slice(1));
    return hash.startsWith('/') ? hash : '/';
  }

  private takeTokenFromUrl() {
    const match = TOKEN_PARAM.exec(location.hash);
    if (!match) return;
    this.#pendingToken = decodeURIComponent(match[1]);
    const rest = location.hash.replace(TOKEN_PARAM, '').replace(/^#[&?]?$/, '');
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest}`);
  }

  private onLocationChange = () => {
    this.takeTokenFromUrl();
    if (this.#pendingToken) void this.exchangeToken();
    if (this.routing !== 'hash') return;
    const path = this.readPath();
    if (path !== this.path) {
      this.#wantFocus = true;
      this.path = path;
    }
  };

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.menuOpen) {
      this.menuOpen = false;
      this.renderRoot.querySelector<HTMLElement>('.menu-button')?.focus();
    }
  };

  private async start() {
    await this.loadConfig();
    if (this.#pendingToken) await this.exchangeToken();
    else this.phase = this.session ? 'ready' : this.configError ? 'config-error' : 'signed-out';
  }

  private async loadConfig() {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    this.#configController?.abort();
    const controller = (this.#configController = new AbortController());
    try {
      this.config = await adapter.getConfig({ signal: controller.signal });
      this.configError = undefined;
      if (this.phase === 'config-error') this.phase = this.session ? 'ready' : 'signed-out';
    } catch (thrown) {
      if (isAbortError(thrown)) return;
      const error = toPortalError(thrown);
      if (error.type === 'unauthorized' && this.session) {
        this.expire();
        return;
      }
      this.configError = error;
      if (!this.config) this.phase = 'config-error';
    }
  }

  private async exchangeToken() {
    const token = this.#pendingToken;
    const adapter = this.activeAdapter;
    if (!token || !adapter) return;
    this.#pendingToken = undefined;
    this.phase = 'signing-in';
    try {
      const session = await adapter.exchangeMagicLink(token);
      this.signedIn(session, 'magic_link');
    } catch (thrown) {
      this.linkError = toPortalError(thrown);
      this.phase = this.session ? 'ready' : 'signed-out';
    }
  }

  private signedIn(session: Session, method: 'code' | 'magic_link') {
    this.#store.set(session);
    this.session = session;
    this.notice = undefined;
    this.linkError = undefined;
    // Back to where the client was when the session expired (also across a magic-link reload).
    const back = this.readReturnPath();
    if (back && back !== this.path) this.navigate(back, { replace: true });
    this.phase = 'ready';
    this.#wantFocus = true;
    this.emit(new PorticoSignInEvent(session, method));
    void this.loadConfig();
  }

  private expire() {
    if (this.phase !== 'ready' && !this.session) return;
    this.writeReturnPath(this.path);
    this.#store.clear();
    this.session = null;
    this.notice = msg('Your session has expired. Please sign in again.');
    this.phase = 'signed-out';
    this.emit(new PorticoSignOutEvent({ reason: 'expired' }));
  }

  private readReturnPath(): string | undefined {
    try {
      const value = sessionStorage.getItem(RETURN_KEY) ?? undefined;
      sessionStorage.removeItem(RETURN_KEY);
      return value;
    } catch {
      return undefined;
    }
  }

  private writeReturnPath(path: string) {
    try {
      sessionStorage.setItem(RETURN_KEY, path);
    } catch {
      /* storage unavailable: the hash still holds the path */
    }
  }

  /** Sign-out on a shared computer: no session, no drafts, no pending intents left behind. */
  private forgetEverything() {
    this.#store.clear();
    for (const storage of [sessionStorage, localStorage]) {
      try {
        for (const key of Object.keys(storage)) if (key.startsWith('portico.')) storage.removeItem(key);
      } catch {
        /* storage unavailable */
      }
    }
  }

  private applyBranding() {
    const tokens: Record<string, string> = { ...(this.config ? brandTokens(this.config.firm.primaryColor) : {}) };
    const variables = this.appearance?.variables ?? {};
    if (variables.colorPrimary) Object.assign(tokens, brandTokens(variables.colorPrimary));
    for (const [name, token] of Object.entries(variableTokens)) {
      const value = variables[name as keyof AppearanceVariables];
      if (value !== undefined && name !== 'colorPrimary') tokens[token] = String(value);
    }
    for (const token of this.#appliedTokens) if (!(token in tokens)) this.style.removeProperty(token);
    // CSSOM, not a style attribute: allowed under a strict CSP.
    for (const [token, value] of Object.entries(tokens)) this.style.setProperty(token, value);
    this.#appliedTokens = new Set(Object.keys(tokens));
    this.applyCustomCss();
  }

  private applyCustomCss() {
    const root = this.renderRoot as ShadowRoot | undefined;
    if (!root || !('adoptedStyleSheets' in root)) return;
    const css = this.config?.firm.customCss ? sanitizeCss(this.config.firm.customCss) : '';
    if (!this.#customSheet) this.#customSheet = new CSSStyleSheet();
    this.#customSheet.replaceSync(css);
    if (!root.adoptedStyleSheets.includes(this.#customSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#customSheet];
  }

  protected override firstUpdated(): void {
    this.applyCustomCss();
  }

  private isEnabled(module: ModuleId | undefined): boolean {
    return !module || !!this.config?.modules.includes(module);
  }

  private async showView() {
    const match = matchRoute(this.path);
    const seq = ++this.#viewSeq;
    this.viewError = undefined;
    const shown = () => {
      // Focus follows only the view a navigation asked for, once it is on screen.
      this.#focusOnRender = this.#wantFocus;
      this.#wantFocus = false;
    };
    if (!match) {
      this.#viewMatch = undefined;
      this.view = undefined;
      this.viewError = new PortalError('not_found', msg('There is no page at this address.'));
      shown();
      return;
    }
    if (!this.isEnabled(match.route.module)) {
      this.#viewMatch = undefined;
      this.view = undefined;
      this.viewError = new PortalError('forbidden', msg('This part of the portal is not available.'), { code: 'module_disabled' });
      shown();
      return;
    }
    if (this.view && this.#viewMatch?.key === match.key) {
      this.setAttributes(this.view, match, this.#viewMatch);
      this.#viewMatch = match;
      this.#wantFocus = false;
      return;
    }
    try {
      await match.route.load();
    } catch (thrown) {
      if (seq !== this.#viewSeq) return;
      this.viewError = new PortalError('network', msg('This part of the portal could not be loaded. Check your connection and try again.'), { cause: thrown });
      this.view = undefined;
      return;
    }
    if (seq !== this.#viewSeq) return;
    const element = document.createElement(match.route.tag) as ViewElement;
    this.setAttributes(element, match);
    this.#viewMatch = match;
    this.view = element;
    shown();
  }

  private setAttributes(element: HTMLElement, match: RouteMatch, previous?: RouteMatch) {
    for (const name of Object.keys(previous?.attributes ?? {})) if (!(name in match.attributes)) element.removeAttribute(name);
    for (const [name, value] of Object.entries(match.attributes)) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }

  private async focusView() {
    const view = this.view;
    if (!view) {
      this.main?.focus();
      return;
    }
    await (view as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    view.focusHeading?.();
    const active = this.shadowRoot?.activeElement;
    if (active !== view) this.main?.focus();
  }

  private menuItems(): MenuItem[] {
    const config = this.config;
    if (!config) return [];
    const items: MenuItem[] = config.menu.length ? config.menu : config.modules.map((module) => ({ type: 'module', module }));
    return items.filter((item) => item.type !== 'module' || config.modules.includes(item.module));
  }

  private isCurrent(item: MenuItem): boolean {
    const { pathname } = splitPath(this.path);
    if (item.type === 'module') return item.module === 'home' ? pathname === '/' || pathname === '/home' : pathname === `/${item.module}` || pathname.startsWith(`/${item.module}/`);
    if (item.type === 'page') {
      const page = this.config?.pages.find((p) => p.id === item.pageId);
      return !!page && pathname === `/pages/${page.slug}`;
    }
    return false;
  }

  private renderNavItem(item: MenuItem): TemplateResult | typeof nothing {
    if (item.type === 'link') {
      if (!/^https?:\/\//i.test(item.url)) return nothing;
      return html`<li>
        <a part="nav-link" href=${item.url} target="_blank" rel="noopener">${item.label} ${icons.external('icon external')}<span class="visually-hidden">${msg('(opens in a new tab)')}</span></a>
      </li>`;
    }
    let path: string;
    let label: string;
    if (item.type === 'page') {
      const page = this.config?.pages.find((p) => p.id === item.pageId);
      if (!page) return nothing;
      path = `/pages/${page.slug}`;
      label = item.label;
    } else {
      path = modulePath(item.module);
      label = item.label ?? moduleLabel(item.module);
    }
    const current = this.isCurrent(item);
    return html`<li>
      <a
        part="nav-link"
        href=${this.host.href(path)}
        aria-current=${current ? 'page' : nothing}
        @click=${(event: MouseEvent) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          this.navigate(path);
        }}
        >${label}</a
      >
    </li>`;
  }

  private renderBrand() {
    const firm = this.config?.firm;
    return html`<a
      class="brand"
      href=${this.host.href('/')}
      @click=${(event: MouseEvent) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey) return;
        event.preventDefault();
        this.navigate('/');
      }}
    >
      ${firm?.logoUrl ? html`<img part="logo" src=${firm.logoUrl} alt="" />` : html`<span class="monogram" part="logo" aria-hidden="true">${(firm?.name ?? '·').slice(0, 1)}</span>`}
      <span class="firm-name">${firm?.name ?? ''}</span>
    </a>`;
  }

  private renderFooter() {
    const contact = this.config?.firm.contact;
    if (!contact || (!contact.email && !contact.phone)) return nothing;
    return html`<footer part="footer">
      <span>${this.config!.firm.name}</span>
      ${contact.phone ? html`<a href=${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>${contact.phone}</a>` : nothing}
      ${contact.email ? html`<a href=${`mailto:${contact.email}`}>${contact.email}</a>` : nothing}
    </footer>`;
  }

  private renderReady() {
    const session = this.session!;
    return html`
      <a class="skip-link" href="#main" @click=${(e: Event) => (e.preventDefault(), this.main?.focus())}>${msg('Skip to content')}</a>
      ${this.readOnly
        ? html`<div class="banner" part="banner" role="note">${icons.lock()} ${msg('Preview: you are seeing the portal as your client does. Nothing can be changed.')}</div>`
        : nothing}
      <header class="topbar" part="header">
        <button
          class="btn ghost menu-button"
          type="button"
          aria-expanded=${this.menuOpen ? 'true' : 'false'}
          aria-controls="portal-nav"
          @click=${() => (this.menuOpen = !this.menuOpen)}
        >
          ${this.menuOpen ? icons.close() : icons.menu()}<span class="visually-hidden">${msg('Menu')}</span>
        </button>
        ${this.renderBrand()}
        <span class="spacer"></span>
        <span class="account">
          <span class="who"><strong>${session.contact.name}</strong><span class="muted small">${session.company.name}</span></span>
          <button class="btn" type="button" @click=${() => this.signOut()}>${msg('Sign out')}</button>
        </span>
      </header>
      <div class="layout">
        <nav id="portal-nav" part="nav" aria-label=${msg('Portal')} ?data-open=${this.menuOpen}>
          <ul>
            ${this.menuItems().map((item) => this.renderNavItem(item))}
          </ul>
        </nav>
        <main id="main" part="main" tabindex="-1">${this.renderView()}</main>
      </div>
      ${this.renderFooter()}
    `;
  }

  private renderView() {
    if (this.viewError) {
      if (this.viewError.code === 'module_disabled') {
        return emptyView(msg('Not available'), msg(str`${this.config?.firm.name ?? msg('Your provider')} does not offer this part of the portal.`), this.homeLink());
      }
      if (this.viewError.type === 'not_found') return emptyView(msg('Page not found'), this.viewError.message, this.homeLink());
      return errorView(this.viewError, () => void this.showView());
    }
    return this.view ?? loadingView({ shape: 'detail' });
  }

  private homeLink() {
    return html`<a class="btn" href=${this.host.href('/')} @click=${(e: MouseEvent) => (e.preventDefault(), this.navigate('/'))}>${msg('Go to the home page')}</a>`;
  }

  override render() {
    switch (this.phase) {
      case 'starting':
      case 'signing-in':
        return html`<div class="center" role="status" aria-live="polite">
          ${loadingView({ shape: 'detail', rows: 2, label: this.phase === 'signing-in' ? msg('Signing you in…') : msg('Loading your portal…') })}
        </div>`;
      case 'config-error':
        return html`<div class="center">${errorView(this.configError ?? new PortalError('server'), () => void this.start())}</div>`;
      case 'signed-out':
        return html`<portico-login
          .adapter=${this.activeAdapter}
          .config=${this.config}
          .notice=${this.notice}
          .linkError=${this.linkError}
          locale=${this.activeLocale ?? nothing}
          redirect-url=${`${location.href.split('#')[0]}`}
          @portico-sign-in=${(event: PorticoSignInEvent) => {
            event.stopPropagation();
            this.signedIn(event.detail.session, event.detail.method);
          }}
        ></portico-login>`;
      default:
        return this.renderReady();
    }
  }
}
