import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    --_paper: var(--portico-signature-paper, #ffffff);
    --_ink: var(--portico-signature-ink, #111827);
    --_signature-font: var(--portico-signature-font, 'Segoe Script', 'Bradley Hand', 'Snell Roundhand', 'Brush Script MT', cursive);
  }
  .head {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space-4);
    padding: var(--_space-5);
  }
  .head > [part='print'] {
    justify-self: start;
  }
  .eyebrow {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
    font-weight: 600;
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    margin-top: var(--_space-1);
  }
  h1 {
    overflow-wrap: anywhere;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-6);
    margin-top: var(--_space-3);
    font-size: var(--_text-sm);
  }
  .facts dt {
    color: var(--_text-muted);
  }
  .facts dd {
    font-weight: 600;
  }
  .headline-total {
    text-align: start;
  }
  .headline-total .label {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .headline-total .money {
    display: block;
    font-size: var(--_text-2xl);
    font-weight: 700;
    line-height: 1.2;
    text-align: inherit;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-5);
    margin-top: var(--_space-5);
  }
  .main,
  aside {
    display: flex;
    flex-direction: column;
    gap: var(--_space-5);
    min-width: 0;
  }
  section.card {
    padding: var(--_space-5);
  }
  section.card > h2 {
    font-size: var(--_text-md);
    margin-bottom: var(--_space-3);
  }
  .notices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    margin-top: var(--_space-4);
  }
  .notices:empty {
    display: none;
  }
  .notices .alert {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .notices .alert strong {
    font-size: var(--_text-md);
  }
  .notices .alert .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .outcome:focus {
    outline: none;
  }
  .message {
    border-inline-start: 3px solid var(--_primary);
    padding-inline-start: var(--_space-3);
  }
  /* Lines: one row per line, reading like an invoice on any width. */
  .lines {
    list-style: none;
    padding: 0;
  }
  .line {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas: 'pick desc amount' 'pick detail amount';
    gap: 0 var(--_space-3);
    align-items: start;
    padding: var(--_space-3) 0;
    border-bottom: 1px solid var(--_border);
  }
  .line:first-child {
    padding-top: 0;
  }
  .lines:not([data-optional]) .line {
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'desc amount' 'detail amount';
  }
  .pick {
    grid-area: pick;
    display: flex;
    align-items: center;
    min-height: 1.5rem;
  }
  .pick input {
    margin: 0;
  }
  .desc {
    grid-area: desc;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .desc label {
    cursor: pointer;
  }
  .detail {
    grid-area: detail;
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .line .amount {
    grid-area: amount;
    font-weight: 600;
  }
  .line[data-excluded] .amount {
    color: var(--_text-muted);
    text-decoration: line-through;
  }
  .tag {
    display: inline-block;
    margin-inline-start: var(--_space-2);
    padding: 0 var(--_space-2);
    border: 1px solid var(--_border-strong);
    border-radius: 999px;
    font-size: var(--_text-xs);
    font-weight: 600;
    color: var(--_text-muted);
    vertical-align: 0.1em;
  }
  .totals {
    display: grid;
    grid-template-columns: 1fr auto;
    row-gap: var(--_space-1);
    margin-top: var(--_space-4);
    margin-inline-start: auto;
    max-width: 22rem;
    font-size: var(--_text-sm);
  }
  .totals dt {
    color: var(--_text-muted);
    padding-inline-end: var(--_space-6);
  }
  .totals .grand {
    font-size: var(--_text-lg);
    font-weight: 700;
    color: var(--_text);
    padding-top: var(--_space-2);
    border-top: 1px solid var(--_border);
  }
  .diff {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    font-size: var(--_text-sm);
  }
  .diff li {
    display: grid;
    grid-template-columns: 6.5rem minmax(0, 1fr);
    gap: var(--_space-2);
    overflow-wrap: anywhere;
  }
  .change-kind {
    font-weight: 700;
  }
  .change-kind[data-tone='success'] {
    color: var(--_success);
  }
  .change-kind[data-tone='danger'] {
    color: var(--_danger);
  }
  .change-kind[data-tone='info'] {
    color: var(--_info);
  }
  .diff-total {
    margin-top: var(--_space-3);
    font-weight: 600;
  }
  .version-banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
  }
  .versions,
  .trail {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
  }
  .versions li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-1) var(--_space-3);
    align-items: center;
    padding: var(--_space-3) 0;
    border-bottom: 1px solid var(--_border);
  }
  .versions li:last-child,
  .trail li:last-child {
    border-bottom: 0;
  }
  .versions li[aria-current] .vname::after {
    content: '';
  }
  .vname {
    font-weight: 600;
  }
  .vmeta {
    grid-column: 1;
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .versions .btn {
    grid-row: 1 / span 2;
    grid-column: 2;
  }
  .trail li {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    padding: var(--_space-3) 0;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .trail .what {
    font-weight: 600;
  }
  .trail .when {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .signature {
    align-self: flex-start;
    max-width: 100%;
    padding: var(--_space-2) var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_paper);
    color: var(--_ink);
  }
  .signature.typed {
    font-family: var(--_signature-font);
    font-size: 1.5rem;
    line-height: 1.2;
  }
  .signature img {
    display: block;
    max-width: 100%;
    height: 4.5rem;
    object-fit: contain;
  }
  .quote-text {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .choices .btn[aria-expanded='true'] {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .choices .btn.primary[aria-expanded='true'] {
    box-shadow: inset 0 0 0 2px var(--_on-primary);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    margin-top: var(--_space-5);
    padding-top: var(--_space-5);
    border-top: 1px solid var(--_border);
  }
  form .summary {
    font-size: var(--_text-md);
  }
  .submit-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .lead {
    margin-bottom: var(--_space-3);
  }
  .terms-field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .submit-row.spaced {
    margin-top: var(--_space-3);
  }
  form.flush {
    margin-top: 0;
    padding-top: 0;
    border-top: 0;
  }
  .body {
    padding: var(--_space-5) var(--_space-6);
  }
  @container (min-width: 40rem) {
    .head {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: end;
    }
    .headline-total {
      text-align: end;
    }
  }
  @container (min-width: 62rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) 20rem;
      align-items: start;
    }
  }
  @media (pointer: coarse) {
    .pick input {
      width: 1.5rem;
      height: 1.5rem;
    }
  }
`;
