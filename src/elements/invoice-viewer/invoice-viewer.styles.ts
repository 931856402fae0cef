import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    --_sticky-top: var(--portico-sticky-top, 0px);
  }
  .back a:hover {
    text-decoration: underline;
  }
  .back .icon {
    width: 1rem;
    height: 1rem;
  }
  .view-head {
    margin-bottom: var(--_space-5);
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }
  .subject {
    margin-top: var(--_space-1);
  }

  /* One column on phones; on wide screens the amount due and Pay sit beside the invoice. */
  .layout {
    display: grid;
    gap: var(--_space-5);
    align-items: start;
  }
  .side,
  .main {
    display: grid;
    gap: var(--_space-5);
    min-width: 0;
  }
  /* The tables below adapt to the width of their own column. */
  .main {
    container-type: inline-size;
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(17rem, 22rem) minmax(0, 1fr);
    }
    .side {
      position: sticky;
      top: calc(var(--_sticky-top) + var(--_space-4));
    }
  }
  .card h2 {
    font-size: var(--_text-md);
    margin-bottom: var(--_space-3);
  }

  /* The bill: amount due first and largest */
  .summary {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-6) var(--_space-5);
  }
  .summary > .label {
    color: var(--_text-muted);
  }
  .amount-due {
    font-size: clamp(2.25rem, 8cqi, 2.75rem);
    font-weight: 700;
    line-height: 1.1;
    letter-spacing: -0.02em;
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .due-note {
    color: var(--_text-muted);
  }
  .late {
    color: var(--_danger);
    font-weight: 600;
  }
  .summary .progress {
    margin-top: var(--_space-1);
  }
  .pay {
    display: grid;
    gap: var(--_space-3);
    margin-top: var(--_space-3);
    padding-top: var(--_space-4);
    border-top: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
  }
  .pay:focus-visible {
    outline-offset: 4px;
  }
  .pay-button {
    width: 100%;
  }
  .pay-button .icon {
    width: 1.1em;
    height: 1.1em;
  }
  .secure,
  #pay-blocked {
    text-align: center;
  }
  .amount-choice {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .amount-choice legend {
    margin-bottom: var(--_space-2);
    padding: 0;
  }
  .amount-choice .check {
    align-items: center;
    min-height: 2.25rem;
  }
  .amount-choice .check input {
    margin-top: 0;
  }
  .amount-choice .check .money {
    margin-inline-start: var(--_space-1);
    font-weight: 600;
  }
  .amount-field {
    margin-inline-start: calc(1.125rem + var(--_space-2));
  }
  .pay-off {
    margin-top: var(--_space-3);
    padding-top: var(--_space-4);
    border-top: 1px solid var(--_border);
  }
  .pdf {
    display: grid;
    gap: var(--_space-2);
  }
  .pdf .btn {
    width: 100%;
  }
  .pdf-note {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
  }
  .pdf-note .icon {
    flex: none;
    width: 1.1rem;
    height: 1.1rem;
    margin-top: 0.15em;
  }

  .facts {
    display: grid;
    gap: var(--_space-3);
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(7rem, auto) 1fr;
    gap: var(--_space-3);
  }
  .facts dt {
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }
  .facts dd {
    font-size: var(--_text-sm);
    overflow-wrap: anywhere;
  }

  /* Line items: every column on wide screens; description with a detail line on phones. */
  .table-wrap {
    overflow-x: auto;
  }
  .lines td:first-child {
    min-width: 10rem;
  }
  .line-meta {
    display: block;
    color: var(--_text-muted);
    font-size: var(--_text-xs);
    font-variant-numeric: tabular-nums;
  }
  .narrow {
    display: none;
  }
  @container (max-width: 34rem) {
    .wide {
      display: none;
    }
    .narrow {
      display: block;
    }
  }
  .totals {
    display: grid;
    gap: var(--_space-2);
    margin-top: var(--_space-4);
    margin-inline-start: auto;
    max-width: 24rem;
    font-size: var(--_text-sm);
  }
  .totals > div {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-4);
  }
  .totals dt {
    color: var(--_text-muted);
  }
  .totals .strong {
    padding-top: var(--_space-2);
    border-top: 1px solid var(--_border);
    font-weight: 650;
  }
  .totals .strong dt {
    color: var(--_text);
  }
  .totals .due {
    font-size: var(--_text-md);
  }
  .notes {
    display: grid;
    gap: var(--_space-2);
  }
  .notes h3 {
    margin-top: var(--_space-2);
    font-size: var(--_text-sm);
  }
  .skeleton-lines {
    display: grid;
    gap: var(--_space-4);
  }
  .skeleton-line {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-4);
  }
  .timeline {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
  }
  .timeline li {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-3);
    padding-inline-start: var(--_space-5);
    font-size: var(--_text-sm);
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0.4em;
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 50%;
    background: var(--_border-strong);
  }
  .timeline li[data-type='paid']::before,
  .timeline li[data-type='partially_paid']::before {
    background: var(--_success);
  }
  .timeline li[data-type='canceled']::before {
    background: var(--_danger);
  }
`;

