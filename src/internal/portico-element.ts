import { consume } from '@lit/context';
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PorticoNavigateEvent } from '../events/navigate.js';
import type { PortalAdapter } from '../sdk/adapter.js';
import type { PortalConfig, Session } from '../sdk/schemas.js';
import { getDefaultSessionStore } from '../sdk/session.js';
import { adapterContext, configContext, localeContext, portalContext, sessionContext, type PortalHost } from './context.js';
import { useLocale } from './i18n.js';
import { sharedStyles } from './styles.js';

/**
 * Base of every Portico element. Inside `<portico-portal>` it receives the adapter, config,
 * session, locale and routing through context; used alone, it takes the same from its own
 * properties (`adapter`, `config`, `session`, `locale`, `read-only`).
 */
export class PorticoElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  /** The backend. Inside `<portico-portal>` the portal's adapter is used unless this is set. */
  @property({ attribute: false }) adapter?: PortalAdapter;

  /** The firm's configuration. Inside the portal it comes from the portal; alone it is loaded through the adapter. */
  @property({ attribute: false }) config?: PortalConfig;

  /** The signed-in session. Inside the portal it comes from the portal; alone, from the shared session store. */
  @property({ attribute: false }) session?: Session | null;

  /** BCP 47 locale for dates, numbers and money. Default: the portal's, else the page's, else the browser's. */
  @property({ reflect: true }) locale?: string;

  /** Preview mode ("view as client"): everything renders, every write is disabled with an explanation. */
  @property({ type: Boolean, attribute: 'read-only' }) readOnly = false;

  @consume({ context: adapterContext, subscribe: true }) @state() private contextAdapter?: PortalAdapter;
  @consume({ context: configContext, subscribe: true }) @state() private contextConfig?: PortalConfig;
  @consume({ context: sessionContext, subscribe: true }) @state() private contextSession?: Session | null;
  @consume({ context: localeContext, subscribe: true }) @state() private contextLocale?: string;
  @consume({ context: portalContext, subscribe: true }) @state() protected portal?: PortalHost;

  /** For custom states (`:state(loading)`) and form association. */
  protected readonly internals: ElementInternals = this.attachInternals();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Alone on a page, an element's own `locale` picks the language; inside the portal, the portal does.
    if (changed.has('locale') && this.locale && !this.portal) void useLocale(this.locale);
  }

  /** The adapter in effect (own property first, then the portal's). */
  protected get backend(): PortalAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  /** The config in effect, when known without loading it. */
  protected get knownConfig(): PortalConfig | undefined {
    return this.config ?? this.contextConfig;
  }

  /** The config in effect, loading it through the adapter when nothing provided it. */
  protected async resolveConfig(adapter: PortalAdapter, signal: AbortSignal): Promise<PortalConfig> {
    return this.knownConfig ?? adapter.getConfig({ signal });
  }

  protected get currentSession(): Session | null {
    if (this.session !== undefined) return this.session;
    if (this.contextSession !== undefined) return this.contextSession;
    return getDefaultSessionStore().get();
  }

  /** The locale in effect. */
  protected get activeLocale(): string {
    return this.locale ?? this.contextLocale ?? (document.documentElement.lang || navigator.language);
  }

  /** True when writes must not happen: this element or the portal is read-only. */
  get writesBlocked(): boolean {
    return this.readOnly || !!this.portal?.readOnly;
  }

  /** Dispatches a Portico event and returns it (check `defaultPrevented` for cancelable ones). */
  protected emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }

  /** The `href` of a portal path, for real links (open in new tab, copy link). */
  protected href(path: string): string {
    return this.portal?.href(path) ?? `#${path}`;
  }

  /**
   * Goes to a portal path: asks the portal (or the host page) through `portico-navigate`.
   * Pass the click event to keep the browser's own handling of modified clicks (new tab).
   */
  protected navigate(path: string, options: { replace?: boolean; event?: MouseEvent } = {}): void {
    const { event } = options;
    if (event && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return;
    const request = this.emit(new PorticoNavigateEvent({ path, replace: options.replace }));
    if (request.defaultPrevented) event?.preventDefault();
  }

  /**
   * Sets a custom state (`:state(loading)`, `:state(empty)`…) of this element.
   * @internal
   */
  setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet: the state is cosmetic only.
    }
  }
}
