import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import { Loader, toPortalError } from '../../internal/loader.js';
import { spinner } from '../../internal/views.js';
import { PorticoSignInEvent } from '../../events/sign-in.js';
import { PortalError, isAbortError } from '../../sdk/errors.js';
import type { SignInChannel } from '../../sdk/schemas.js';
import { styles } from './login.styles.js';

const RESEND_COOLDOWN_S = 30;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/**
 * Passwordless sign-in: the client enters an email (or a phone number, where the firm allows SMS
 * or WhatsApp), gets a 6-digit code and types or pastes it. The answer never reveals whether the
 * email is known. Wrong, expired and over-tried codes each get a clear message; a new code can be
 * sent after a short cooldown.
 *
 * @summary The passwordless sign-in form.
 * @tag portico-login
 *
 * @event portico-sign-in - Signed in; `detail.session` is the new session.
 *
 * @csspart card - The sign-in card.
 * @csspart heading - The heading.
 * @csspart logo - The firm's logo.
 * @csspart notice - A notice above the form (session expired, link problems).
 *
 * @cssproperty --portico-color-primary - The sign-in button and the monogram.
 */
@localized()
export class PorticoLogin extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** A notice to show above the form, such as "Your session has expired". */
  @property() notice?: string;

  /** Why a magic link did not work (`link_used`, `link_expired`, `link_invalid`); shown with the form. */
  @property({ attribute: false }) linkError?: PortalError;

  /** Where the magic link in the email should land. Default: this page. */
  @property({ attribute: 'redirect-url' }) redirectUrl?: string;

  @state() private step: 'identify' | 'code' = 'identify';
  @state() private channel: SignInChannel = 'email';
  @state() private identifier = '';
  @state() private code = '';
  @state() private busy = false;
  @state() private fieldError?: string;
  @state() private formError?: string;
  @state() private cooldown = 0;
  @state() private codeExpired = false;
  #timer?: ReturnType<typeof setInterval>;
  #controller?: AbortController;

  @query('input[name="identifier"]') private identifierInput?: HTMLInputElement;
  @query('input[name="code"]') private codeInput?: HTMLInputElement;

  private firmConfig = new Loader(this, {
    args: () => (this.backend ? ([this.backend, this.knownConfig] as const) : undefined),
    load: ([adapter, known], signal) => (known ? Promise.resolve(known) : adapter.getConfig({ signal })),
    isEmpty: () => false,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#controller?.abort();
  }

  /** Moves focus to the first field. */
  focusHeading(): void {
    (this.step === 'code' ? this.codeInput : this.identifierInput)?.focus();
  }

  private get channels(): SignInChannel[] {
    const channels = this.firmConfig.value?.signInChannels ?? ['email'];
    return channels.length ? channels : ['email'];
  }

  private startCooldown() {
    this.cooldown = RESEND_COOLDOWN_S;
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      this.cooldown = Math.max(0, this.cooldown - 1);
      if (!this.cooldown) clearInterval(this.#timer);
    }, 1000);
  }

  private async call<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    const adapter = this.backend;
    if (!adapter || this.busy) return undefined;
    this.busy = true;
    this.formError = undefined;
    this.fieldError = undefined;
    this.#controller = new AbortController();
    try {
      return await run(this.#controller.signal);
    } catch (thrown) {
      if (!isAbortError(thrown)) this.showError(toPortalError(thrown));
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private showError(error: PortalError) {
    switch (error.code) {
      case 'code_invalid':
        this.fieldError = msg('That code is not right. Check the latest message we sent and try again.');
        break;
      case 'code_expired':
        this.codeExpired = true;
        this.cooldown = 0;
        this.fieldError = msg('That code has expired. Send yourself a new one.');
        break;
      case 'too_many_attempts':
        this.codeExpired = true;
        this.cooldown = 0;
        this.code = '';
        this.fieldError = msg('Too many wrong tries. For your security, ask for a new code.');
        break;
      default:
        if (error.type === 'rate_limited' && error.retryAfter) {
          const minutes = Math.ceil(error.retryAfter / 60);
          this.formError = minutes > 1 ? msg(str`Too many codes were requested. Please try again in ${minutes} minutes.`) : msg('Too many codes were requested. Please try again in a minute.');
        } else if (error.type === 'validation' && error.fields?.identifier) {
          this.fieldError = this.channel === 'email' ? msg('Enter a valid email address.') : msg('Enter a valid phone number.');
        } else {
          this.formError = error.message;
        }
    }
    void this.updateComplete.then(() => this.focusHeading());
  }

  private async sendCode(event?: Event) {
    event?.preventDefault();
    const identifier = this.identifier.trim();
    if (this.channel === 'email' ? !EMAIL.test(identifier) : identifier.replace(/\D/g, '').length < 6) {
      this.fieldError = this.channel === 'email' ? msg('Enter a valid email address, like name@example.com.') : msg('Enter your mobile number with its country code, like +44 7700 900123.');
      this.identifierInput?.focus();
      return;
    }
    const redirectUrl = this.redirectUrl ?? location.href.split('#')[0];
    const sent = await this.call(async (signal) => {
      await this.backend!.requestCode({ channel: this.channel, identifier, redirectUrl }, { signal });
      return true;
    });
    if (!sent) return;
    this.step = 'code';
    this.code = '';
    this.codeExpired = false;
    this.startCooldown();
    await this.updateComplete;
    this.codeInput?.focus();
  }

  private async verify(event?: Event) {
    event?.preventDefault();
    if (!/^\d{6}$/.test(this.code)) {
      this.fieldError = msg('Enter the 6-digit code.');
      this.codeInput?.focus();
      return;
    }
    const session = await this.call((signal) => this.backend!.verifyCode({ identifier: this.identifier.trim(), code: this.code }, { signal }));
    if (session) this.emit(new PorticoSignInEvent(session, 'code'));
  }

  private onCodeInput(event: InputEvent) {
    const input = event.target as HTMLInputElement;
    // Accept "123 456", "123-456" or a pasted sentence with the code in it.
    const digits = input.value.replace(/\D/g, '').slice(0, 6);
    input.value = digits;
    this.code = digits;
    this.fieldError = undefined;
    if (digits.length === 6 && !this.busy && !this.codeExpired) void this.verify();
  }

  private restart() {
    this.step = 'identify';
    this.code = '';
    this.fieldError = undefined;
    this.formError = undefined;
    void this.updateComplete.then(() => this.identifierInput?.focus());
  }

  private linkMessage(): string | undefined {
    switch (this.linkError?.code) {
      case undefined:
        return undefined;
      case 'link_used':
        return msg('This sign-in link was already used. Links work only once. Enter your email to get a new code.');
      case 'link_expired':
        return msg('This sign-in link has expired. Enter your email to get a new code.');
      default:
        return this.linkError?.type === 'validation'
          ? msg('This sign-in link is not valid. Enter your email to get a code.')
          : msg('We could not sign you in with that link. Enter your email to get a code.');
    }
  }

  private channelLabel(channel: SignInChannel): string {
    return channel === 'sms' ? msg('Text message') : channel === 'whatsapp' ? 'WhatsApp' : msg('Email');
  }

  private renderIdentify() {
    const email = this.channel === 'email';
    const describedBy = this.fieldError ? 'identifier-error' : 'identifier-hint';
    return html`<form @submit=${this.sendCode} novalidate>
      ${this.channels.length > 1
        ? html`<fieldset>
            <legend>${msg('Send my code by')}</legend>
            <div class="channels">
              ${this.channels.map(
                (channel) => html`<label>
                  <input
                    type="radio"
                    name="channel"
                    .checked=${this.channel === channel}
                    @change=${() => {
                      this.channel = channel;
                      this.identifier = '';
                      this.fieldError = undefined;
                    }}
                  />
                  ${this.channelLabel(channel)}
                </label>`,
              )}
            </div>
          </fieldset>`
        : nothing}
      <div class="field">
        <label for="identifier">${email ? msg('Email address') : msg('Mobile number')}</label>
        <input
          id="identifier"
          name="identifier"
          type=${email ? 'email' : 'tel'}
          autocomplete=${email ? 'email' : 'tel'}
          inputmode=${email ? 'email' : 'tel'}
          .value=${this.identifier}
          @input=${(e: InputEvent) => {
            this.identifier = (e.target as HTMLInputElement).value;
            this.fieldError = undefined;
          }}
          aria-invalid=${this.fieldError ? 'true' : 'false'}
          aria-describedby=${describedBy}
          required
        />
        ${this.fieldError
          ? html`<span class="field-error" id="identifier-error">${this.fieldError}</span>`
          : html`<span class="hint" id="identifier-hint">${email ? msg('We will email you a 6-digit code. No password needed.') : msg('We will text you a 6-digit code. No password needed.')}</span>`}
      </div>
      <button class="btn primary large" type="submit" aria-busy=${this.busy ? 'true' : 'false'} ?disabled=${this.busy}>
        ${this.busy ? spinner() : nothing} ${msg('Send me a code')}
      </button>
    </form>`;
  }

  private renderCode() {
    const email = this.channel === 'email';
    const firm = this.firmConfig.value?.firm.name ?? msg('us');
    const describedBy = this.fieldError ? 'code-error' : 'code-hint';
    return html`<form @submit=${this.verify} novalidate>
      <p class="sent" role="status">
        ${email
          ? msg(str`If ${this.identifier.trim()} is registered with ${firm}, we have sent a 6-digit code and a sign-in link to it. The code expires in 10 minutes.`)
          : msg(str`If ${this.identifier.trim()} is registered with ${firm}, we have sent a 6-digit code to it. The code expires in 10 minutes.`)}
      </p>
      <div class="field">
        <label for="code">${msg('6-digit code')}</label>
        <input
          id="code"
          name="code"
          class="code"
          type="text"
          autocomplete="one-time-code"
          inputmode="numeric"
          pattern="[0-9]*"
          maxlength="12"
          .value=${this.code}
          @input=${this.onCodeInput}
          aria-invalid=${this.fieldError ? 'true' : 'false'}
          aria-describedby=${describedBy}
          required
        />
        ${this.fieldError ? html`<span class="field-error" id="code-error" role="alert">${this.fieldError}</span>` : html`<span class="hint" id="code-hint">${msg('You can paste the whole code.')}</span>`}
      </div>
      <button class="btn primary large" type="submit" aria-busy=${this.busy ? 'true' : 'false'} ?disabled=${this.busy || this.codeExpired}>
        ${this.busy ? spinner() : nothing} ${msg('Sign in')}
      </button>
      <div class="links">
        <button class="btn link" type="button" ?disabled=${this.cooldown > 0 || this.busy} @click=${() => this.sendCode()}>
          ${this.cooldown > 0 ? msg(str`Send a new code in ${this.cooldown} s`) : msg('Send a new code')}
        </button>
        <button class="btn link" type="button" @click=${this.restart}>${email ? msg('Use a different email') : msg('Use a different number')}</button>
      </div>
    </form>`;
  }

  override render() {
    const firm = this.firmConfig.value?.firm;
    const notice = this.notice ?? this.linkMessage();
    return html`<div class="card" part="card">
      <div class="card-body">
        <div class="brand">
          ${firm?.logoUrl
            ? html`<img part="logo" src=${firm.logoUrl} alt=${firm.name} />`
            : html`<span class="monogram" part="logo" aria-hidden="true">${(firm?.name ?? '·').slice(0, 1)}</span>`}
          <h1 part="heading" tabindex="-1">${this.step === 'code' ? (this.channel === 'email' ? msg('Check your email') : msg('Check your phone')) : msg('Sign in')}</h1>
          ${firm ? html`<span class="firm">${msg(str`Client portal of ${firm.name}`)}</span>` : nothing}
        </div>
        <div class="stack">
          ${notice ? html`<p class="alert" data-tone="info" part="notice" role="status">${notice}</p>` : nothing}
          ${this.formError ? html`<p class="alert" data-tone="danger" role="alert">${this.formError}</p>` : nothing}
          ${this.step === 'identify' ? this.renderIdentify() : this.renderCode()}
        </div>
      </div>
    </div>`;
  }
}
