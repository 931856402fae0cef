import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader } from '../../internal/loader.js';
import { ActionController } from '../../internal/action.js';
import { LiveController } from '../../internal/live.js';
import { DraftController } from '../../internal/draft.js';
import { icons } from '../../internal/icons.js';
import { contractBadge, quoteBadge } from '../../internal/status.js';
import { actionError, emptyView, errorView, loadingView, printButton, spinner, updatedNotice } from '../../internal/views.js';
import { PorticoDecisionEvent, type DecisionDetail } from '../../events/decision.js';
import type { PortalAdapter } from '../../sdk/adapter.js';
import { isPortalError, type PortalError } from '../../sdk/errors.js';
import type { Contract, Decision, PortalConfig, Quote, QuoteLine, QuoteVersion, Signature } from '../../sdk/schemas.js';
import { formatDate, formatDateTime, formatMoney, formatPercent } from '../../sdk/format.js';
import '../comments/define.js';
import '../rich-text/define.js';
import '../signature-pad/define.js';
import type { PorticoSignaturePad } from '../signature-pad/signature-pad.js';
import { diffVersions, isUnchanged, changeCount, type LineField, type VersionDiff } from './diff.js';
import { defaultSelection, depositAmount, lineIncluded, lineNet, quoteTotals } from './totals.js';
import { styles } from './quote-viewer.styles.js';

type Kind = 'quote' | 'contract';
type Panel = 'accept' | 'decline' | 'changes';

type Loaded = { kind: 'quote'; record: Quote; config: PortalConfig } | { kind: 'contract'; record: Contract; config: PortalConfig };

interface Notice {
  tone: 'info' | 'warning' | 'danger' | 'success';
  title: string;
  text?: string;
}

/** What the client typed for a decision, kept until the backend confirmed it. */
interface Draft {
  reason?: string;
  changes?: string;
  signature?: Signature;
}

/** What is stored across reloads: the text, and a typed signature (a drawing stays in the page only). */
const persistable = (draft: Draft): Draft => ({
  ...(draft.reason ? { reason: draft.reason } : {}),
  ...(draft.changes ? { changes: draft.changes } : {}),
  ...(draft.signature?.kind === 'typed' ? { signature: draft.signature } : {}),
});

const versionOf = (value: Loaded) => (value.kind === 'quote' ? value.record.currentVersion : value.record.version);

/**
 * One quote — or, with `kind="contract"`, one contract — to read and decide on. A quote shows its
 * line items (optional ones can be ticked in or out, the totals follow), the firm's message, the
 * terms and every version the firm sent with what changed from the one before. Where the firm lets
 * clients decide, the client accepts (terms and a typed or drawn signature), declines (with an
 * optional reason) or asks for changes; a contract is signed. Each decision is sent once (one
 * idempotency key per decision; a second click does nothing), recorded with who, when, which
 * version and the signature, and shown as an audit trail. A quote revised while open is reloaded
 * with an explanation and nothing the client typed is lost. After accepting a quote that asks for a
 * deposit, "Pay the deposit" leads to the deposit invoice's payment.
 *
 * @summary A quote or contract with e-signature.
 * @tag portico-quote-viewer
 *
 * @event portico-decision - A decision was recorded: `detail` is `{ kind, id, decision }` (`accepted`, `declined`, `changes_requested`, `signed`).
 * @event portico-navigate - A link was followed: back to the list, "Pay the deposit" (`/invoices/:id?pay`), a request about the quote.
 * @event portico-unauthorized - The session ended while loading or deciding.
 *
 * @csspart heading - The title (h1).
 * @csspart header - The card with number, status, dates and total.
 * @csspart lines - The line items.
 * @csspart totals - Subtotal, tax and total.
 * @csspart message - The firm's message.
 * @csspart terms - The terms.
 * @csspart changes - What changed from the previous version.
 * @csspart decision - The decision area (accept, decline, request changes; sign).
 * @csspart versions - The version history.
 * @csspart audit-trail - The recorded decisions with their signatures.
 * @csspart body - The contract text.
 * @csspart notice - An explanation (revised, expired, view-only, decided).
 * @csspart action-error - A failed decision's message.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error state.
 *
 * @cssproperty --portico-color-primary - Primary buttons and the message's accent.
 * @cssproperty --portico-signature-paper - Background behind signatures (default white in both themes).
 * @cssproperty --portico-signature-ink - Colour of typed signatures.
 * @cssproperty --portico-signature-font - Font of typed signatures.
 */
@localized()
export class PorticoQuoteViewer extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** The quote's (or contract's) id or number. */
  @property({ attribute: 'record-id' }) recordId?: string;

  /** `quote` (default) or `contract`. */
  @property({ reflect: true }) kind: Kind = 'quote';

  /** The version shown (older versions are viewable); `undefined` shows the current one. */
  @state() private viewVersion?: number;
  /** Optional lines the client ticked (current version). */
  @state() private selected = new Set<string>();
  @state() private panel?: Panel;
  @state() private termsAccepted = false;
  @state() private termsError?: string;
  @state() private changesError?: string;
  @state() private draft: Draft = {};
  @state() private notice?: Notice;
  /** The version the client was looking at when a newer one arrived: its changes are shown. */
  @state() private revisedFrom?: number;

  #seen?: Loaded;
  #pendingConflict?: PortalError;
  #pad = createRef<PorticoSignaturePad>();
  #restoredPad?: PorticoSignaturePad;
  #focusOutcome = false;

  /** `null` when there is no such quote (or contract) for this client: the empty state says so. */
  private loader = new Loader<Loaded | null, readonly [PortalAdapter, Kind, string]>(this, {
    args: () => (this.backend && this.recordId ? ([this.backend, this.kind === 'contract' ? 'contract' : 'quote', this.recordId] as const) : undefined),
    load: async ([adapter, kind, id], signal): Promise<Loaded | null> => {
      try {
        const [config, record] = await Promise.all([
          this.resolveConfig(adapter, signal),
          kind === 'contract' ? adapter.getContract(id, { signal }) : adapter.getQuote(id, { signal }),
        ]);
        return kind === 'contract' ? { kind, record: record as Contract, config } : { kind, record: record as Quote, config };
      } catch (error) {
        if (isPortalError(error) && error.type === 'not_found') return null;
        throw error;
      }
    },
    isEmpty: (value) => value === null,
  });

  private live = new LiveController(this, {
    adapter: () => this.backend,
    matches: (change) =>
      change.record.type === (this.kind === 'contract' ? 'contract' : 'quote') &&
      (change.record.id === this.recordId || change.record.id === this.loader.value?.record.id),
    onChange: () => this.loader.reload({ silent: true }),
  });

  private drafts = new DraftController<Draft>(this, {
    owner: () => this.currentSession?.contact.id,
    key: () => {
      const value = this.loader.value;
      return value ? `decision:${value.kind}:${value.record.id}` : undefined;
    },
    restore: (value) => {
      this.draft = value ?? {};
      this.#restoredPad = undefined;
    },
  });

  private acceptAction = new ActionController(this, {
    run: ({ id, input }: { id: string; input: Parameters<PortalAdapter['acceptQuote']>[1] }, options) => this.backend!.acceptQuote(id, input, options),
  });
  private declineAction = new ActionController(this, {
    run: ({ id, input }: { id: string; input: Parameters<PortalAdapter['declineQuote']>[1] }, options) => this.backend!.declineQuote(id, input, options),
  });
  private changesAction = new ActionController(this, {
    run: ({ id, input }: { id: string; input: Parameters<PortalAdapter['requestQuoteChanges']>[1] }, options) =>
      this.backend!.requestQuoteChanges(id, input, options),
  });
  private signAction = new ActionController(this, {
    run: ({ id, input }: { id: string; input: Parameters<PortalAdapter['signContract']>[1] }, options) => this.backend!.signContract(id, input, options),
  });

  /** Moves focus to the heading (the portal calls this after navigating here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private get isContract(): boolean {
    return this.kind === 'contract';
  }

  private get pending(): boolean {
    return this.acceptAction.pending || this.declineAction.pending || this.changesAction.pending || this.signAction.pending;
  }

  // --- Keeping state in step with what was loaded --------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const value = this.loader.status === 'ready' ? this.loader.value : undefined;
    if (value && value !== this.#seen) {
      const previous = this.#seen;
      this.#seen = value;
      this.reconcile(previous, value);
    }
  }

  /** A new record, or the same one reloaded (live update, conflict): adjust what the client sees without losing what they typed. */
  private reconcile(previous: Loaded | undefined, next: Loaded) {
    if (!previous || previous.kind !== next.kind || previous.record.id !== next.record.id) {
      this.viewVersion = undefined;
      this.panel = undefined;
      this.termsAccepted = false;
      this.termsError = this.changesError = undefined;
      this.notice = undefined;
      this.revisedFrom = undefined;
      if (next.kind === 'quote') this.selected = defaultSelection(this.currentVersion(next.record).lines);
      return;
    }
    const conflict = this.#pendingConflict;
    this.#pendingConflict = undefined;
    const before = versionOf(previous);
    const after = versionOf(next);
    if (after > before) {
      // A newer version: show it, say what changed, and ask for the terms again (they may differ). The signature and messages stay.
      this.viewVersion = undefined;
      this.termsAccepted = false;
      this.revisedFrom = next.kind === 'quote' ? before : undefined;
      if (next.kind === 'quote') {
        const lines = this.currentVersion(next.record).lines;
        const kept = new Set([...this.selected].filter((id) => lines.some((line) => line.id === id && line.optional)));
        const previousIds = new Set(previous.kind === 'quote' ? this.currentVersion(previous.record).lines.map((line) => line.id) : []);
        for (const line of lines) if (line.optional && line.selected && !previousIds.has(line.id)) kept.add(line.id);
        this.selected = kept;
      }
      this.notice = {
        tone: conflict ? 'warning' : 'info',
        title:
          next.kind === 'quote'
            ? msg(str`We received a newer version of this quote (version ${after}) while you had it open.`)
            : msg(str`This contract was updated (version ${after}) while you had it open.`),
        text: conflict
          ? msg('Nothing was recorded yet. Please review what changed, tick the terms again and confirm. What you typed is still here.')
          : msg('Please review what changed before you decide. What you typed is still here.'),
      };
    } else if (conflict) {
      this.notice = { tone: 'warning', title: errorTitleFor(conflict), text: conflict.message };
    }
  }

  private currentVersion(quote: Quote): QuoteVersion {
    return quote.versions.find((v) => v.version === quote.currentVersion) ?? quote.versions.at(-1)!;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Restore a kept signature into a (new) pad once.
    const pad = this.#pad.value;
    if (pad && pad !== this.#restoredPad) {
      this.#restoredPad = pad;
      if (this.draft.signature) pad.value = this.draft.signature;
    }
    if (this.#focusOutcome) {
      this.#focusOutcome = false;
      this.renderRoot.querySelector<HTMLElement>('.outcome')?.focus();
    }
  }

  private saveDraft(change: Partial<Draft>) {
    this.draft = { ...this.draft, ...change };
    this.drafts.save(persistable(this.draft));
  }

  // --- Decisions ------------------------------------------------------------------------------------

  private async decide<I, R extends Quote | Contract>(action: ActionController<I, R>, input: I, decision: DecisionDetail['decision']) {
    if (this.pending) return;
    const value = this.loader.value!;
    const result = await action.run(input);
    if (result) {
      this.drafts.clear();
      this.draft = {};
      this.#restoredPad = undefined;
      this.panel = undefined;
      this.termsAccepted = false;
      this.revisedFrom = undefined;
      this.notice =
        decision === 'changes_requested'
          ? { tone: 'success', title: msg('Your request was sent.'), text: msg(str`${value.config.firm.name} will look at it and send you a revised quote.`) }
          : undefined;
      this.loader.set(value.kind === 'contract' ? { ...value, record: result as Contract } : { ...value, record: result as Quote });
      this.#focusOutcome = true;
      this.emit(new PorticoDecisionEvent({ kind: value.kind, id: value.record.id, decision }));
      return;
    }
    const error = action.error;
    if (error?.type === 'conflict') {
      // The quote changed on the server (revised, decided elsewhere, expired): reload it and explain.
      action.clearError();
      this.#pendingConflict = error;
      await this.loader.reload({ silent: true });
      if (this.#pendingConflict) {
        // Nothing new was loaded (e.g. the reload failed): still say what happened.
        this.notice = { tone: 'warning', title: errorTitleFor(error), text: error.message };
        this.#pendingConflict = undefined;
      }
    }
  }

  private validateSignature(): boolean {
    let valid = true;
    if (!this.termsAccepted) {
      this.termsError = this.isContract ? msg('Tick the box to agree to the contract.') : msg('Tick the box to accept the terms.');
      valid = false;
    }
    const pad = this.#pad.value;
    const signed = pad ? pad.reportValidity() : false;
    if (!this.termsAccepted) this.renderRoot.querySelector<HTMLInputElement>('#terms')?.focus();
    return valid && signed;
  }

  private onAccept(event: SubmitEvent) {
    event.preventDefault();
    const value = this.loader.value;
    if (this.pending || value?.kind !== 'quote' || !this.validateSignature()) return;
    const quote = value.record;
    const lines = this.currentVersion(quote).lines;
    const selectedLineIds = lines.filter((line) => line.optional && this.selected.has(line.id)).map((line) => line.id);
    void this.decide(
      this.acceptAction,
      { id: quote.id, input: { version: quote.currentVersion, signature: this.#pad.value!.value!, selectedLineIds, acceptTerms: true } },
      'accepted',
    );
  }

  private onSign(event: SubmitEvent) {
    event.preventDefault();
    const value = this.loader.value;
    if (this.pending || value?.kind !== 'contract' || !this.validateSignature()) return;
    const contract = value.record;
    void this.decide(this.signAction, { id: contract.id, input: { version: contract.version, signature: this.#pad.value!.value!, acceptTerms: true } }, 'signed');
  }

  private onDecline(event: SubmitEvent) {
    event.preventDefault();
    const value = this.loader.value;
    if (this.pending || value?.kind !== 'quote') return;
    const reason = (this.draft.reason ?? '').trim();
    void this.decide(this.declineAction, { id: value.record.id, input: { version: value.record.currentVersion, ...(reason ? { reason } : {}) } }, 'declined');
  }

  private onRequestChanges(event: SubmitEvent) {
    event.preventDefault();
    const value = this.loader.value;
    if (this.pending || value?.kind !== 'quote') return;
    const message = (this.draft.changes ?? '').trim();
    if (!message) {
      this.changesError = msg('Say what you would like changed.');
      this.renderRoot.querySelector<HTMLTextAreaElement>('#changes')?.focus();
      return;
    }
    void this.decide(this.changesAction, { id: value.record.id, input: { version: value.record.currentVersion, message } }, 'changes_requested');
  }

  private togglePanel(panel: Panel) {
    this.panel = this.panel === panel ? undefined : panel;
    this.notice = this.notice?.tone === 'success' ? undefined : this.notice;
  }

  private toggleLine(line: QuoteLine, on: boolean) {
    const selected = new Set(this.selected);
    if (on) selected.add(line.id);
    else selected.delete(line.id);
    this.selected = selected;
  }

  // --- Rendering: pieces ---------------------------------------------------------------------------

  private money(minor: number, currency: string): string {
    return formatMoney(minor, currency, this.activeLocale);
  }

  private link(path: string, content: TemplateResult | string, className = ''): TemplateResult {
    return html`<a class=${className} href=${this.href(path)} @click=${(e: MouseEvent) => this.navigate(path, { event: e })}>${content}</a>`;
  }

  private requestPath(quote: { id: string; number: string }, subject: string): string {
    const query = new URLSearchParams({ subject, 'related-type': this.isContract ? 'contract' : 'quote', 'related-id': quote.id });
    return `/requests/new?${query}`;
  }

  private canAskByRequest(config: PortalConfig): boolean {
    return config.modules.includes('requests') && config.permissions.requests.create;
  }

  private decisionLabel(type: Decision['type']): string {
    switch (type) {
      case 'accepted':
        return msg('Accepted');
      case 'declined':
        return msg('Declined');
      case 'changes_requested':
        return msg('Changes requested');
      default:
        return msg('Signed');
    }
  }

  private renderSignature(signature: Signature): TemplateResult {
    return signature.kind === 'drawn'
      ? html`<div class="signature" part="signature"><img src=${signature.image} alt=${msg(str`Signature drawn by ${signature.name}`)} /></div>`
      : html`<div class="signature typed" part="signature" role="img" aria-label=${msg(str`Typed signature: ${signature.name}`)}>${signature.name}</div>`;
  }

  private renderTrail(decisions: readonly Decision[], currency?: string): TemplateResult {
    const title = this.isContract ? msg('Signatures') : msg('Record of decisions');
    return html`<section class="card" part="audit-trail" aria-labelledby="trail-heading">
      <h2 id="trail-heading">${title}</h2>
      ${decisions.length
        ? html`<ol class="trail">
            ${[...decisions].reverse().map(
              (decision) => html`<li>
                <span class="what">${this.decisionLabel(decision.type)} · ${msg(str`version ${decision.version}`)}</span>
                <span class="when">${msg(str`By ${decision.by.name}`)} · <time datetime=${decision.at}>${formatDateTime(decision.at, this.activeLocale)}</time></span>
                ${decision.total !== undefined && currency ? html`<span class="quote-text">${msg(str`Total accepted: ${this.money(decision.total, currency)}`)}</span>` : nothing}
                ${decision.reason ? html`<span class="quote-text text">“${decision.reason}”</span>` : nothing}
                ${decision.signature ? this.renderSignature(decision.signature) : nothing}
              </li>`,
            )}
          </ol>`
        : html`<p class="muted small">${this.isContract ? msg('Not signed yet.') : msg('No decision has been recorded yet.')}</p>`}
    </section>`;
  }

  private renderNotice(notice: Notice | undefined, extra?: TemplateResult): TemplateResult | typeof nothing {
    if (!notice) return nothing;
    return html`<div class="alert outcome" part="notice" data-tone=${notice.tone} role=${notice.tone === 'warning' || notice.tone === 'danger' ? 'alert' : 'status'} tabindex="-1">
      <strong>${notice.title}</strong>
      ${notice.text ? html`<span>${notice.text}</span>` : nothing} ${extra ?? nothing}
    </div>`;
  }

  // --- Quote ---------------------------------------------------------------------------------------

  private fieldLabel(field: LineField): string {
    switch (field) {
      case 'description':
        return msg('description');
      case 'quantity':
        return msg('quantity');
      case 'unitPrice':
        return msg('price');
      case 'taxRate':
        return msg('tax');
      default:
        return msg('optional');
    }
  }

  private fieldValue(line: QuoteLine, field: LineField, currency: string): string {
    switch (field) {
      case 'description':
        return `“${line.description}”`;
      case 'quantity':
        return String(line.quantity);
      case 'unitPrice':
        return this.money(line.unitPrice, currency);
      case 'taxRate':
        return formatPercent(line.taxRate, this.activeLocale);
      default:
        return line.optional ? msg('yes') : msg('no');
    }
  }

  private lineSummary(line: QuoteLine, currency: string): string {
    return `${line.description} — ${line.quantity} × ${this.money(line.unitPrice, currency)}`;
  }

  private renderDiff(diff: VersionDiff, currency: string, heading: string, total: { before: number; after: number }): TemplateResult {
    const delta = diff.totalDelta;
    const deltaText = delta === 0 ? msg('no change') : `${delta > 0 ? '+' : '−'}${this.money(Math.abs(delta), currency)}`;
    return html`<section class="card" part="changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">${heading}</h2>
      ${isUnchanged(diff)
        ? html`<p class="muted">${msg('No line or total changed.')}</p>`
        : html`<ul class="diff">
            ${diff.added.map((line) => html`<li><span class="change-kind" data-tone="success">${msg('Added')}</span> <span>${this.lineSummary(line, currency)}</span></li>`)}
            ${diff.removed.map((line) => html`<li><span class="change-kind" data-tone="danger">${msg('Removed')}</span> <span>${this.lineSummary(line, currency)}</span></li>`)}
            ${diff.changed.map(
              (change) => html`<li>
                <span class="change-kind" data-tone="info">${msg('Changed')}</span>
                <span
                  >${change.after.description}:
                  ${change.fields.map(
                    (field, i) =>
                      html`${i ? '; ' : ''}${this.fieldLabel(field)} ${this.fieldValue(change.before, field, currency)} → ${this.fieldValue(change.after, field, currency)}`,
                  )}</span
                >
              </li>`,
            )}
          </ul>`}
      <p class="diff-total">${msg(str`Total: ${this.money(total.before, currency)} → ${this.money(total.after, currency)} (${deltaText})`)}</p>
    </section>`;
  }

  private acceptedDecision(quote: Quote, version: number): Decision | undefined {
    return quote.decisions.findLast((d) => d.type === 'accepted' && d.version === version);
  }

  /** The optional lines counted for a version: the client's ticks (pending, current), what was accepted, or the firm's defaults. */
  private selectionFor(quote: Quote, version: QuoteVersion, interactive: boolean): Set<string> {
    if (interactive) return this.selected;
    const accepted = this.acceptedDecision(quote, version.version);
    if (accepted?.selectedLineIds) return new Set(accepted.selectedLineIds);
    return defaultSelection(version.lines);
  }

  private renderLines(quote: Quote, version: QuoteVersion, interactive: boolean): TemplateResult {
    const selected = this.selectionFor(quote, version, interactive);
    const totals = quoteTotals(version.lines, selected);
    const hasOptional = version.lines.some((line) => line.optional);
    return html`<section class="card" aria-labelledby="lines-heading">
      <h2 id="lines-heading">${msg('Items')}</h2>
      ${hasOptional && interactive ? html`<p class="hint lead">${msg('Tick the optional items you want. The total follows.')}</p>` : nothing}
      <ul class="lines" part="lines" ?data-optional=${hasOptional}>
        ${version.lines.map((line) => {
          const included = lineIncluded(line, selected);
          const id = `line-${line.id}`;
          return html`<li class="line" ?data-excluded=${!included}>
            ${hasOptional
              ? html`<span class="pick">
              ${line.optional
                ? html`<input
                    type="checkbox"
                    id=${id}
                    .checked=${included}
                    ?disabled=${!interactive}
                    aria-describedby="${id}-detail"
                    @change=${(e: Event) => this.toggleLine(line, (e.target as HTMLInputElement).checked)}
                  />`
                : nothing}
            </span>`
              : nothing}
            <span class="desc">
              ${line.optional ? html`<label for=${id}>${line.description}</label><span class="tag">${msg('Optional')}</span>` : line.description}
            </span>
            <span class="detail" id="${id}-detail">
              ${line.quantity} × ${this.money(line.unitPrice, quote.currency)} · ${msg(str`tax ${formatPercent(line.taxRate, this.activeLocale)}`)}
              ${line.optional && !included ? html` · ${msg('not included')}` : nothing}
            </span>
            <span class="amount money">${this.money(lineNet(line), quote.currency)}</span>
          </li>`;
        })}
      </ul>
      <dl class="totals" part="totals">
        <dt>${msg('Subtotal')}</dt>
        <dd class="money">${this.money(totals.subtotal, quote.currency)}</dd>
        <dt>${msg('Tax')}</dt>
        <dd class="money">${this.money(totals.taxTotal, quote.currency)}</dd>
        <dt class="grand">${msg('Total')}</dt>
        <dd class="grand money" aria-live="polite" data-total>${this.money(totals.total, quote.currency)}</dd>
      </dl>
    </section>`;
  }

  private renderVersions(quote: Quote, shown: number): TemplateResult {
    return html`<section class="card" part="versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">${msg('Versions')}</h2>
      <ol class="versions">
        ${[...quote.versions].reverse().map((version) => {
          const index = quote.versions.indexOf(version);
          const previous = index > 0 ? quote.versions[index - 1] : undefined;
          const diff = previous ? diffVersions(previous, version) : undefined;
          const current = version.version === quote.currentVersion;
          const isShown = version.version === shown;
          const summary = diff
            ? msg(
                str`${changeCount(diff)} line changes · total ${diff.totalDelta === 0 ? msg('unchanged') : `${diff.totalDelta > 0 ? '+' : '−'}${this.money(Math.abs(diff.totalDelta), quote.currency)}`}`,
              )
            : msg('First version');
          return html`<li aria-current=${isShown ? 'true' : nothing}>
            <span class="vname">${current ? msg(str`Version ${version.version} (current)`) : msg(str`Version ${version.version}`)}</span>
            <span class="vmeta">${msg(str`Sent ${formatDate(version.sentAt, this.activeLocale)}`)} · ${this.money(version.total, quote.currency)} · ${summary}</span>
            <button
              class="btn"
              type="button"
              aria-pressed=${isShown ? 'true' : 'false'}
              @click=${() => {
                this.viewVersion = current ? undefined : version.version;
                // On a phone the history sits below the quote: bring the version's top into view (focus stays here).
                this.renderRoot.querySelector<HTMLElement>('[part="header"]')?.scrollIntoView?.({ block: 'start' });
              }}
            >
              ${isShown ? msg('Viewing') : msg('View')}<span class="visually-hidden"> ${msg(str`version ${version.version}`)}</span>
            </button>
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderQuoteDecision(quote: Quote, config: PortalConfig): TemplateResult | typeof nothing {
    const firm = config.firm.name;
    const current = this.currentVersion(quote);
    if (quote.status === 'expired') {
      return html`<div class="alert" part="notice" data-tone="warning">
        <strong>${msg(str`This quote expired on ${formatDate(quote.expiryDate, this.activeLocale)}, so it can no longer be accepted.`)}</strong>
        <span>${msg(str`Ask ${firm} for an updated quote.`)}</span>
        ${this.canAskByRequest(config) && !this.writesBlocked
          ? html`<span>${this.link(this.requestPath(quote, msg(str`Updated quote for ${quote.number}`)), msg('Ask for an updated quote'))}</span>`
          : nothing}
      </div>`;
    }
    if (quote.status !== 'pending') return nothing;
    if (config.permissions.quoteDecisions !== 'full') {
      return html`<div class="alert" part="notice" data-tone="info">
        <strong>${msg(str`${firm} records decisions on quotes themselves.`)}</strong>
        <span>${msg(str`To accept this quote, or to talk about it, contact ${firm}.`)}</span>
        ${this.canAskByRequest(config) && !this.writesBlocked
          ? html`<span>${this.link(this.requestPath(quote, msg(str`About quote ${quote.number}`)), msg('Send a message about this quote'))}</span>`
          : config.firm.contact.email
            ? html`<span><a href="mailto:${config.firm.contact.email}">${config.firm.contact.email}</a></span>`
            : nothing}
      </div>`;
    }
    const blocked = this.writesBlocked;
    const totals = quoteTotals(current.lines, this.selected);
    const busy = (action: { pending: boolean }) => (action.pending ? 'true' : 'false');
    return html`<section class="card no-print" part="decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading">${msg('Your decision')}</h2>
      ${blocked ? html`<p class="alert lead" data-tone="info">${msg('This is a read-only preview: accepting, declining and requesting changes are turned off.')}</p>` : nothing}
      <div class="choices">
        ${(
          [
            ['accept', msg('Accept and sign'), 'primary'],
            ['changes', msg('Request changes'), ''],
            ['decline', msg('Decline'), ''],
          ] as const
        ).map(
          ([panel, label, className]) =>
            html`<button class="btn ${className}" type="button" ?disabled=${blocked} aria-expanded=${this.panel === panel ? 'true' : 'false'} aria-controls="panel-${panel}" @click=${() => this.togglePanel(panel)}>
              ${label}
            </button>`,
        )}
      </div>
      ${this.panel === 'accept' && !blocked
        ? html`<form id="panel-accept" @submit=${this.onAccept} novalidate aria-label=${msg('Accept the quote')}>
            <p class="summary">${msg(str`You are accepting version ${current.version} for ${this.money(totals.total, quote.currency)}, tax included.`)}</p>
            ${quote.depositPercent
              ? html`<p class="hint">
                  ${msg(
                    str`A deposit of ${formatPercent(quote.depositPercent, this.activeLocale)} (${this.money(depositAmount(totals.total, quote.depositPercent), quote.currency)}) is due on acceptance. You can pay it right after.`,
                  )}
                </p>`
              : nothing}
            ${this.revisedFrom !== undefined
              ? html`<p class="alert" data-tone="warning">
                  ${msg(str`Version ${current.version} replaced version ${this.revisedFrom}. Review what changed above, then tick the box again to accept it.`)}
                </p>`
              : nothing}
            ${this.renderTermsAndSignature(msg('I have read and accept the terms of this quote.'))}
            <div class="submit-row">
              <button class="btn primary large" type="submit" aria-busy=${busy(this.acceptAction)}>
                ${this.acceptAction.pending ? spinner() : nothing} ${msg('Accept quote')}
              </button>
            </div>
            ${actionError(this.acceptAction.error)}
          </form>`
        : nothing}
      ${this.panel === 'changes' && !blocked
        ? html`<form id="panel-changes" @submit=${this.onRequestChanges} novalidate aria-label=${msg('Request changes')}>
            <div class="field">
              <label for="changes">${msg('What would you like changed?')}</label>
              <textarea
                id="changes"
                maxlength="5000"
                required
                aria-invalid=${this.changesError ? 'true' : 'false'}
                aria-describedby=${this.changesError ? 'changes-error' : 'changes-hint'}
                .value=${this.draft.changes ?? ''}
                @input=${(e: Event) => {
                  this.changesError = undefined;
                  this.saveDraft({ changes: (e.target as HTMLTextAreaElement).value });
                }}
              ></textarea>
              ${this.changesError
                ? html`<span class="field-error" id="changes-error">${this.changesError}</span>`
                : html`<span class="hint" id="changes-hint">${msg(str`${firm} reads this and sends you a revised quote.`)}</span>`}
            </div>
            <div class="submit-row">
              <button class="btn primary" type="submit" aria-busy=${busy(this.changesAction)}>${this.changesAction.pending ? spinner() : nothing} ${msg('Send request')}</button>
            </div>
            ${actionError(this.changesAction.error)}
          </form>`
        : nothing}
      ${this.panel === 'decline' && !blocked
        ? html`<form id="panel-decline" @submit=${this.onDecline} novalidate aria-label=${msg('Decline the quote')}>
            <div class="field">
              <label for="reason">${msg('Reason (optional)')}</label>
              <textarea
                id="reason"
                maxlength="2000"
                aria-describedby="reason-hint"
                .value=${this.draft.reason ?? ''}
                @input=${(e: Event) => this.saveDraft({ reason: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
              <span class="hint" id="reason-hint">${msg(str`Telling ${firm} why helps them.`)}</span>
            </div>
            <div class="submit-row">
              <button class="btn danger" type="submit" aria-busy=${busy(this.declineAction)}>${this.declineAction.pending ? spinner() : nothing} ${msg('Decline quote')}</button>
            </div>
            ${actionError(this.declineAction.error)}
          </form>`
        : nothing}
    </section>`;
  }

  private renderTermsAndSignature(termsLabel: string): TemplateResult {
    return html`<div class="terms-field">
        <label class="check">
          <input
            id="terms"
            type="checkbox"
            .checked=${this.termsAccepted}
            aria-invalid=${this.termsError ? 'true' : 'false'}
            aria-describedby=${this.termsError ? 'terms-error' : nothing}
            @change=${(e: Event) => {
              this.termsAccepted = (e.target as HTMLInputElement).checked;
              this.termsError = undefined;
            }}
          />
          <span>${termsLabel}</span>
        </label>
        ${this.termsError ? html`<span class="field-error" id="terms-error">${this.termsError}</span>` : nothing}
      </div>
      <portico-signature-pad
        ${ref(this.#pad)}
        .locale=${this.activeLocale}
        ?disabled=${this.pending}
        @change=${(e: Event) => this.saveDraft({ signature: (e.target as PorticoSignaturePad).value })}
      ></portico-signature-pad>`;
  }

  private renderQuoteOutcome(quote: Quote, config: PortalConfig): TemplateResult | typeof nothing {
    const last = quote.decisions.at(-1);
    if (quote.status === 'accepted') {
      const accepted = quote.decisions.findLast((d) => d.type === 'accepted');
      const depositPath = quote.depositInvoiceId ? `/invoices/${encodeURIComponent(quote.depositInvoiceId)}?pay` : undefined;
      return this.renderNotice(
        {
          tone: 'success',
          title: accepted ? msg(str`Accepted by ${accepted.by.name} on ${formatDate(accepted.at, this.activeLocale)}.`) : msg('This quote was accepted.'),
          text: depositPath && quote.depositPercent ? msg(str`A deposit of ${formatPercent(quote.depositPercent, this.activeLocale)} is due now.`) : msg(str`${config.firm.name} has been told.`),
        },
        depositPath ? html`<span class="actions">${this.link(depositPath, html`${msg('Pay the deposit')}`, 'btn primary')}</span>` : undefined,
      );
    }
    if (quote.status === 'declined' && last?.type === 'declined') {
      return this.renderNotice({ tone: 'info', title: msg(str`Declined by ${last.by.name} on ${formatDate(last.at, this.activeLocale)}.`) });
    }
    return nothing;
  }

  private renderQuote(value: Extract<Loaded, { kind: 'quote' }>): TemplateResult {
    const { record: quote, config } = value;
    const current = this.currentVersion(quote);
    const shown = quote.versions.find((v) => v.version === this.viewVersion) ?? current;
    const isCurrent = shown.version === current.version;
    const interactive = isCurrent && quote.status === 'pending';
    const index = quote.versions.indexOf(shown);
    const previous = index > 0 ? quote.versions[index - 1] : undefined;
    const revisedFrom = this.revisedFrom !== undefined && isCurrent ? quote.versions.find((v) => v.version === this.revisedFrom) : undefined;
    const headlineTotal = interactive ? quoteTotals(shown.lines, this.selected).total : (this.acceptedDecision(quote, shown.version)?.total ?? shown.total);
    return html`
      ${this.renderHeader(
        html`${msg(str`Quote ${quote.number}`)} · ${msg(str`version ${shown.version}`)}`,
        quote.title || quote.number,
        quoteBadge(quote.status),
        html`<div><dt>${msg('Issued')}</dt><dd>${formatDate(quote.issueDate, this.activeLocale)}</dd></div>
          <div><dt>${quote.status === 'expired' ? msg('Expired on') : msg('Valid until')}</dt><dd>${formatDate(quote.expiryDate, this.activeLocale)}</dd></div>
          ${quote.depositPercent ? html`<div><dt>${msg('Deposit')}</dt><dd>${formatPercent(quote.depositPercent, this.activeLocale)}</dd></div>` : nothing}`,
        html`<div class="headline-total"><span class="label">${msg('Total')}</span><span class="money">${this.money(headlineTotal, quote.currency)}</span></div>`,
      )}
      <div class="notices">${this.renderNotice(this.notice)}${this.renderQuoteOutcome(quote, config)}</div>
      <div class="layout">
        <div class="main">
          ${isCurrent
            ? nothing
            : html`<div class="alert version-banner" data-tone="info" part="notice" role="status">
                <span>${msg(str`You are looking at version ${shown.version} of ${quote.versions.length}, sent ${formatDate(shown.sentAt, this.activeLocale)}. Decisions apply to the current version.`)}</span>
                <button class="btn" type="button" @click=${() => (this.viewVersion = undefined)}>${msg('View the current version')}</button>
              </div>`}
          ${revisedFrom
            ? this.renderDiff(diffVersions(revisedFrom, shown), quote.currency, msg(str`What changed since version ${revisedFrom.version}, the one you had open`), {
                before: revisedFrom.total,
                after: shown.total,
              })
            : nothing}
          ${shown.message
            ? html`<section class="card" aria-labelledby="message-heading">
                <h2 id="message-heading">${msg(str`Message from ${config.firm.name}`)}</h2>
                <p class="message text" part="message">${shown.message}</p>
              </section>`
            : nothing}
          ${this.renderLines(quote, shown, interactive)}
          ${previous && !revisedFrom
            ? this.renderDiff(diffVersions(previous, shown), quote.currency, msg(str`What changed from version ${previous.version}`), { before: previous.total, after: shown.total })
            : nothing}
          ${shown.terms
            ? html`<section class="card" aria-labelledby="terms-heading">
                <h2 id="terms-heading">${msg('Terms')}</h2>
                <p class="text small" part="terms">${shown.terms}</p>
              </section>`
            : nothing}
          ${isCurrent ? this.renderQuoteDecision(quote, config) : nothing}
          <portico-comments class="card no-print" record-type="quote" record-id=${quote.id}></portico-comments>
        </div>
        <aside aria-label=${msg('History')}>${this.renderVersions(quote, shown.version)} ${this.renderTrail(quote.decisions, quote.currency)}</aside>
      </div>
    `;
  }

  // --- Contract ------------------------------------------------------------------------------------

  private renderContract(value: Extract<Loaded, { kind: 'contract' }>): TemplateResult {
    const { record: contract, config } = value;
    const signed = contract.decisions.findLast((d) => d.type === 'signed');
    const blocked = this.writesBlocked;
    let decision: TemplateResult | typeof nothing = nothing;
    if (contract.status === 'pending') {
      decision = html`<section class="card no-print" part="decision" aria-labelledby="decision-heading">
        <h2 id="decision-heading">${msg('Sign this contract')}</h2>
        ${blocked
          ? html`<p class="alert" data-tone="info">${msg('This is a read-only preview: signing is turned off.')}</p>
              <div class="submit-row spaced"><button class="btn primary large" type="button" disabled>${msg('Sign contract')}</button></div>`
          : html`<form class="flush" id="panel-sign" @submit=${this.onSign} novalidate aria-label=${msg('Sign the contract')}>
              ${this.renderTermsAndSignature(msg('I have read this contract and agree to it.'))}
              <div class="submit-row">
                <button class="btn primary large" type="submit" aria-busy=${this.signAction.pending ? 'true' : 'false'}>
                  ${this.signAction.pending ? spinner() : nothing} ${msg('Sign contract')}
                </button>
              </div>
              ${actionError(this.signAction.error)}
            </form>`}
      </section>`;
    } else if (contract.status === 'expired') {
      decision = html`<div class="alert" part="notice" data-tone="warning">
        <strong>${msg(str`This contract expired on ${formatDate(contract.expiryDate ?? contract.issueDate, this.activeLocale)}, so it can no longer be signed.`)}</strong>
        <span>${msg(str`Ask ${config.firm.name} for a new one.`)}</span>
      </div>`;
    }
    return html`
      ${this.renderHeader(
        html`${msg(str`Contract ${contract.number}`)} · ${msg(str`version ${contract.version}`)}`,
        contract.title,
        contractBadge(contract.status),
        html`<div><dt>${msg('Issued')}</dt><dd>${formatDate(contract.issueDate, this.activeLocale)}</dd></div>
          ${contract.expiryDate && contract.status !== 'signed'
            ? html`<div><dt>${contract.status === 'expired' ? msg('Expired on') : msg('Sign by')}</dt><dd>${formatDate(contract.expiryDate, this.activeLocale)}</dd></div>`
            : nothing}`,
        nothing,
      )}
      <div class="notices">${this.renderNotice(this.notice)}${signed && contract.status === 'signed'
          ? this.renderNotice({ tone: 'success', title: msg(str`Signed by ${signed.by.name} on ${formatDate(signed.at, this.activeLocale)}.`) })
          : nothing}</div>
      <div class="layout">
        <div class="main">
          <section class="card body" part="body" aria-label=${msg('Contract text')}>
            <portico-rich-text .content=${contract.body} .locale=${this.activeLocale}></portico-rich-text>
          </section>
          ${decision}
        </div>
        <aside aria-label=${msg('History')}>${this.renderTrail(contract.decisions)}</aside>
      </div>
    `;
  }

  // --- Shared frame --------------------------------------------------------------------------------

  private renderHeader(eyebrow: TemplateResult, title: string, badge: TemplateResult, facts: TemplateResult, aside: TemplateResult | typeof nothing): TemplateResult {
    return html`<div class="card head" part="header">
      <div>
        <p class="eyebrow">${eyebrow}</p>
        <div class="title-row">
          <h1 part="heading" tabindex="-1">${title}</h1>
          ${badge} ${updatedNotice(this.live.recentlyUpdated)}
        </div>
        <dl class="facts">${facts}</dl>
      </div>
      ${aside} ${printButton()}
    </div>`;
  }

  override render() {
    const back = this.isContract ? '/contracts' : '/quotes';
    return html`
      ${this.link(back, html`${icons.back()} ${this.isContract ? msg('All contracts') : msg('All quotes')}`, 'back no-print')}
      ${this.loader.render({
        loading: () => html`<h1 part="heading" tabindex="-1" class="visually-hidden">${this.isContract ? msg('Contract') : msg('Quote')}</h1>
          ${loadingView({ rows: 6, shape: 'detail' })}`,
        error: (error) => html`<h1 part="heading" tabindex="-1" class="visually-hidden">${this.isContract ? msg('Contract') : msg('Quote')}</h1>
          ${errorView(error, this.loader.retry)}`,
        empty: () => html`<h1 part="heading" tabindex="-1" class="visually-hidden">${this.isContract ? msg('Contract') : msg('Quote')}</h1>
          ${emptyView(
            this.isContract ? msg('We could not find this contract') : msg('We could not find this quote'),
            this.isContract
              ? msg('It may have been withdrawn, or the link may be wrong. Your contracts are listed under Contracts.')
              : msg('It may have been withdrawn, or the link may be wrong. Your quotes are listed under Quotes.'),
            this.link(back, this.isContract ? msg('See your contracts') : msg('See your quotes'), 'btn'),
          )}`,
        ready: (value) => (value!.kind === 'contract' ? this.renderContract(value!) : this.renderQuote(value!)),
      })}
    `;
  }
}

function errorTitleFor(error: PortalError): string {
  switch (error.code) {
    case 'quote_expired':
    case 'contract_expired':
      return msg('This has expired.');
    case 'quote_decided':
    case 'contract_signed':
      return msg('A decision was already recorded.');
    default:
      return msg('This changed while you had it open.');
  }
}
