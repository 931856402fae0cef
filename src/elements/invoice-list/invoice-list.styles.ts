import { css } from 'lit';

export const styles = css`
  :host {
    --_sticky-top: var(--portico-sticky-top, 0px);
  }
  .view-head {
    display: flex;
    align-items: baseline;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }

  /* Amount to pay per currency, with "Pay all overdue" */
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-4);
    padding: var(--_space-5);
    margin-bottom: var(--_space-5);
  }
  .summary .label {
    font-size: var(--_text-sm);
    font-weight: 600;
    color: var(--_text-muted);
  }
  .summary-amounts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-6);
    font-size: var(--_text-xl);
    font-weight: 700;
    line-height: 1.25;
  }
  .overdue-count {
    color: var(--_danger);
    font-weight: 600;
  }
  .summary-actions {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: var(--_space-2);
    max-width: 100%;
  }
  .summary-actions .btn {
    white-space: normal;
    text-align: center;
  }

  /* Tabs and filters */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space-3) var(--_space-4);
    margin-bottom: var(--_space-4);
    border-bottom: 1px solid var(--_border);
  }
  .tabs {
    display: flex;
    gap: var(--_space-1);
    overflow-x: auto;
    scrollbar-width: none;
    max-width: 100%;
  }
  .tab {
    position: relative;
    min-height: var(--_control-height);
    padding: 0 var(--_space-3);
    border: 0;
    background: none;
    color: var(--_text-muted);
    font: inherit;
    font-size: var(--_text-sm);
    font-weight: 600;
    white-space: nowrap;
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    color: var(--_text);
  }
  .tab[aria-selected='true']::after {
    content: '';
    position: absolute;
    inset: auto var(--_space-2) -1px;
    height: 3px;
    border-radius: 3px 3px 0 0;
    background: var(--_primary);
  }
  .tab:focus-visible {
    outline-offset: -2px;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    padding-bottom: var(--_space-3);
    flex: 1 1 22rem;
    justify-content: flex-end;
  }
  .search {
    position: relative;
    flex: 1 1 14rem;
    max-width: 22rem;
  }
  :host .search input[type='search'] {
    padding-inline-start: var(--_space-8);
  }
  .search-icon {
    position: absolute;
    inset-inline-start: var(--_space-2);
    top: 50%;
    transform: translateY(-50%);
    width: 1.1rem;
    height: 1.1rem;
    color: var(--_text-muted);
    pointer-events: none;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .sort select {
    width: auto;
  }
  .count {
    margin-bottom: var(--_space-2);
  }
  .table {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    box-shadow: var(--_shadow);
    /* clip, not hidden: the sticky header keeps sticking to the page. */
    overflow: clip;
  }
  .rows > .row:last-child {
    border-bottom: 0;
  }

  /* Rows: absolutely placed at fixed heights, so only the visible ones need to exist. */
  .rows,
  .cards {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
    contain: strict;
    width: 100%;
  }
  .rows > .row,
  .cards > li {
    position: absolute;
    inset: 0 0 auto 0;
    height: var(--_row-height);
    will-change: transform;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(9rem, 2fr) minmax(6.5rem, 1fr) minmax(6.5rem, 1fr) minmax(7rem, 1.1fr) minmax(7rem, 1.1fr) minmax(9rem, 1.4fr);
    align-items: center;
    gap: var(--_space-3);
    padding: 0 var(--_space-3);
    font-size: var(--_text-sm);
    border-bottom: 1px solid var(--_border);
  }
  .row > [role='cell'] {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .row:not(.head):hover {
    background: var(--_surface-muted);
  }
  .row[data-overdue] {
    box-shadow: inset calc(3px * var(--_start-sign)) 0 0 var(--_danger);
  }
  .row .badge {
    white-space: normal;
  }
  .thead {
    position: sticky;
    top: var(--_sticky-top);
    z-index: 1;
    background: var(--_surface);
  }
  .row.head {
    color: var(--_text-muted);
    min-height: 2.5rem;
    font-size: var(--_text-xs);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .cell-number {
    display: flex;
    flex-direction: column;
    line-height: 1.3;
  }
  .number {
    font-weight: 600;
    text-decoration: none;
  }
  .number:hover {
    text-decoration: underline;
  }
  /* The whole row or card opens the invoice; the link keeps a short accessible name. */
  .number::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .number:focus-visible {
    outline: none;
  }
  .number:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
    border-radius: var(--_radius-sm);
  }
  .subject {
    color: var(--_text-muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .due {
    font-weight: 650;
  }
  .late {
    color: var(--_danger);
    font-weight: 600;
  }
  .placeholder-cell {
    grid-column: 1 / -1;
  }
  .skeleton {
    width: 60%;
  }
  .skeletons > .row,
  .skeletons > .invoice-card {
    height: var(--_row-height);
  }
  .skeletons > .row.head {
    height: auto;
  }
  .cards.skeletons {
    contain: none;
    display: grid;
  }
  .skeletons > .invoice-card {
    position: relative;
    align-content: center;
  }
  .row > .skeleton:nth-child(4),
  .row > .skeleton:nth-child(5) {
    justify-self: end;
  }
  .more-error {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    color: var(--_danger);
    white-space: normal;
  }
  .cards > li:has(.more-error) {
    display: flex;
    align-items: center;
  }

  /* Phone: one card per invoice */
  .invoice-card {
    display: grid;
    grid-template-rows: auto auto 1fr;
    gap: var(--_space-1);
  }
  .cards > li > * {
    min-width: 0;
  }
  .invoice-card::before {
    content: '';
    position: absolute;
    inset: 0 0 var(--_space-2) 0;
    z-index: -1;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    box-shadow: var(--_shadow);
  }
  .invoice-card[data-overdue]::before {
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border));
    box-shadow: inset calc(3px * var(--_start-sign)) 0 0 var(--_danger), var(--_shadow);
  }
  .cards {
    isolation: isolate;
  }
  .invoice-card {
    padding: var(--_space-3) var(--_space-4) calc(var(--_space-2) + var(--_space-3));
  }
  .card-top {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .card-top .badge {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .invoice-card .subject {
    font-size: var(--_text-sm);
  }
  .card-bottom {
    display: flex;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .card-bottom .money {
    font-size: var(--_text-lg);
  }
  @media (pointer: coarse) {
    .number {
      padding-block: var(--_space-1);
    }
  }
`;
