import { css } from 'lit';

export const styles = css`
  .intro {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-4);
    margin-bottom: var(--_space-6);
  }
  .intro .who {
    flex: 1 1 16rem;
  }
  .intro p {
    color: var(--_text-muted);
  }
  .welcome {
    margin-bottom: var(--_space-6);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: var(--_space-5);
  }
  .grid > .wide {
    grid-column: 1 / -1;
  }
  section.card {
    padding: var(--_space-5);
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  section.card > header {
    display: flex;
    align-items: baseline;
    gap: var(--_space-3);
  }
  section.card > header h2 {
    flex: 1;
  }
  section.card > header a {
    font-size: var(--_text-sm);
  }
  ul.items {
    list-style: none;
    padding: 0;
  }
  ul.items > li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-3) 0;
    border-top: 1px solid var(--_border);
  }
  ul.items > li:first-child {
    border-top: 0;
  }
  .item-main {
    flex: 1 1 12rem;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .item-main a {
    font-weight: 600;
  }
  .item-main .sub {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .amount {
    font-weight: 650;
  }
  .action .btn {
    min-width: 6.5rem;
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
  }
  .total {
    display: flex;
    flex-direction: column;
  }
  .total .value {
    font-size: var(--_text-xl);
    font-weight: 700;
  }
  .total .label {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .split {
    display: flex;
    height: 0.75rem;
    border-radius: 999px;
    overflow: hidden;
    background: var(--_neutral-soft);
  }
  .split .paid {
    background: var(--_success);
  }
  .split .due {
    background: var(--_primary);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .legend span::before {
    content: '';
    display: inline-block;
    width: 0.65rem;
    height: 0.65rem;
    border-radius: 2px;
    margin-inline-end: var(--_space-1);
    vertical-align: -1px;
  }
  .legend .paid::before {
    background: var(--_success);
  }
  .legend .due::before {
    background: var(--_primary);
  }
  .progress-row {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    width: 100%;
  }
  .progress-row .progress {
    flex: 1;
  }
  .caught-up {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    color: var(--_success);
    font-weight: 600;
  }
  .inline-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    color: var(--_danger);
    font-size: var(--_text-sm);
  }
  .mini-state {
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }
`;
