/**
 * The state views every element shares: a skeleton while loading, an empty state that says what
 * will appear and what to do, and an error state in plain words with Retry.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { setStyle } from './set-style.js';
import { msg } from '@lit/localize';
import type { PortalError } from '../sdk/errors.js';
import { icons } from './icons.js';

export type Tone = 'neutral' | 'success' | 'danger' | 'warning' | 'info';

/** A status badge: always text plus colour, never colour alone. */
export function badge(label: string, tone: Tone = 'neutral'): TemplateResult {
  return html`<span class="badge" data-tone=${tone}>${label}</span>`;
}

/** A skeleton shaped like the content: `rows` lines of a list, or blocks of a detail view. */
export function loadingView(options: { rows?: number; label?: string; shape?: 'list' | 'detail' | 'cards' } = {}): TemplateResult {
  const { rows = 5, shape = 'list' } = options;
  const label = options.label ?? msg('Loading…');
  // setStyle writes through the CSSOM, which a strict CSP (no 'unsafe-inline' styles) allows.
  const line = (width: string, height = '1em') => html`<span class="skeleton" ${setStyle({ width, height })}></span>`;
  let body: TemplateResult;
  if (shape === 'detail') {
    body = html`<div class="stack">
      ${line('40%', '1.6em')} ${line('25%')}
      <div class="stack skeleton-body">${Array.from({ length: rows }, (_, i) => line(`${90 - (i % 3) * 15}%`))}</div>
    </div>`;
  } else if (shape === 'cards') {
    body = html`<div class="stack">${Array.from({ length: rows }, () => html`<div class="card card-body stack skeleton-card">${line('50%')} ${line('30%')}</div>`)}</div>`;
  } else {
    body = html`<div class="stack skeleton-list">
      ${Array.from({ length: rows }, (_, i) => html`<div class="row skeleton-row">${line(`${30 + (i % 3) * 8}%`)} ${line('15%')} ${line('12%')}</div>`)}
    </div>`;
  }
  return html`<div part="loading" role="status" aria-live="polite" aria-busy="true"><span class="visually-hidden">${label}</span>${body}</div>`;
}

/** What the client sees when there is nothing (yet): what will appear here, and what they can do. */
export function emptyView(title: string, body?: string, action?: TemplateResult): TemplateResult {
  return html`<div class="state" part="empty" role="status">
    ${icons.inbox('state-icon')}
    <h2>${title}</h2>
    ${body ? html`<p>${body}</p>` : nothing} ${action ?? nothing}
  </div>`;
}

/** A heading for each kind of failure, in plain words. */
export function errorTitle(error: PortalError): string {
  switch (error.type) {
    case 'network':
      return msg('You seem to be offline');
    case 'timeout':
      return msg('This is taking too long');
    case 'forbidden':
      return msg('Not available to you');
    case 'not_found':
      return msg('Not found');
    case 'unauthorized':
      return msg('Your session has expired');
    case 'rate_limited':
      return msg('Please wait a moment');
    case 'conflict':
      return msg('This has changed');
    default:
      return msg('Something went wrong');
  }
}

/** The error state: what happened, in plain words, and Retry. */
export function errorView(error: PortalError, retry?: () => void): TemplateResult {
  const canRetry = retry && error.type !== 'forbidden' && error.type !== 'unauthorized';
  return html`<div class="state" data-tone="danger" part="error" role="alert">
    ${icons.alert('state-icon')}
    <h2>${errorTitle(error)}</h2>
    <p>${error.message}</p>
    ${canRetry ? html`<button class="btn primary" type="button" @click=${retry}>${icons.refresh()} ${msg('Try again')}</button>` : nothing}
  </div>`;
}

/** An inline alert for a failed action (pay, submit…), under the button that failed. */
export function actionError(error: PortalError | undefined): TemplateResult | typeof nothing {
  return error ? html`<p class="alert" data-tone="danger" role="alert" part="action-error">${error.message}</p>` : nothing;
}

/** The spinner inside a pending button. */
export function spinner(): TemplateResult {
  return html`<span class="spinner" aria-hidden="true"></span>`;
}

/** The short "Updated" notice after a live update (a polite status: screen readers hear it once). */
export function updatedNotice(visible: boolean): TemplateResult {
  return html`<span class="updated-notice" part="updated" role="status">${visible ? html`${icons.check()} ${msg('Updated')}` : nothing}</span>`;
}

/** Prints the page: the print styles leave the document (full line items, the firm's brand) and drop the controls. */
export function printButton(): TemplateResult {
  return html`<button class="btn no-print" type="button" part="print" @click=${() => print()}>${icons.print()} ${msg('Print')}</button>`;
}
