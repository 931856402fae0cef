import { css } from 'lit';

export const styles = css`
  .head {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    margin-bottom: var(--_space-6);
    max-width: 48rem;
  }
  .kind {
    font-size: var(--_text-xs);
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_text-muted);
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }
  h1 {
    overflow-wrap: anywhere;
  }
  section > h2 {
    font-size: var(--_text-md);
    margin-bottom: var(--_space-3);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-8);
  }
  @media (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
      align-items: start;
    }
  }
  .main,
  .side {
    display: flex;
    flex-direction: column;
    gap: var(--_space-8);
    min-width: 0;
  }
  .overview {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .percent {
    display: flex;
    align-items: baseline;
    gap: var(--_space-2);
  }
  .big {
    font-size: var(--_text-2xl);
    font-weight: 700;
    line-height: 1;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-8);
    margin-top: var(--_space-2);
  }
  dt {
    font-size: var(--_text-xs);
    color: var(--_text-muted);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  dd {
    margin: 0;
  }
  /* The milestone timeline: markers on a line, done ones ticked, the next one ringed. */
  .timeline {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  [part='milestone'] {
    position: relative;
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    gap: var(--_space-3);
    padding-bottom: var(--_space-5);
  }
  [part='milestone']:last-child {
    padding-bottom: 0;
  }
  [part='milestone']:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.75rem - 1px);
    top: 1.5rem;
    bottom: 0;
    width: 2px;
    background: var(--_border);
  }
  [part='milestone'][data-state='done']:not(:last-child)::before {
    background: var(--_success);
  }
  .marker {
    display: grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    border: 2px solid var(--_border-strong);
    background: var(--_surface);
    color: var(--_surface);
  }
  .marker .icon {
    width: 0.9rem;
    height: 0.9rem;
    stroke-width: 3;
  }
  [data-state='done'] .marker {
    background: var(--_success);
    border-color: var(--_success);
  }
  [data-state='next'] .marker {
    border-color: var(--_primary);
    box-shadow: 0 0 0 4px var(--_primary-soft);
  }
  .milestone-body {
    display: flex;
    flex-direction: column;
    padding-top: 0.1rem;
  }
  .milestone-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [data-state='upcoming'] .milestone-title {
    font-weight: 500;
  }
  .late {
    color: var(--_danger);
    font-weight: 600;
  }
  .records,
  .files {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
  }
  .records li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space-1) var(--_space-3);
    align-items: center;
    padding: var(--_space-3) 0;
    border-bottom: 1px solid var(--_border);
  }
  .record-main {
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .records .money {
    grid-column: 2;
    font-weight: 600;
  }
  .records .badge {
    grid-column: 2;
    grid-row: 1;
    justify-self: end;
  }
  .records .record-main {
    grid-row: 1 / span 2;
  }
  .files li {
    padding: var(--_space-1) 0;
  }
  .totals {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin-top: var(--_space-3);
  }
  .totals > div {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-3);
    align-items: baseline;
  }
  .totals dd {
    font-weight: 700;
  }
  table.time tfoot th,
  table.time tfoot td {
    font-weight: 700;
    color: var(--_text);
    font-size: var(--_text-sm);
    text-transform: none;
    letter-spacing: 0;
    text-align: start;
    padding: var(--_space-3);
    border-bottom: 0;
  }
  table.time tfoot td {
    text-align: end;
  }
  table.time .date,
  table.time .by {
    white-space: nowrap;
  }
  /* On phones the table becomes cards: what was done, then when and by whom, time on the right. */
  @media (max-width: 36rem) {
    table.time thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.time,
    table.time tbody,
    table.time tfoot {
      display: block;
    }
    table.time tr {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0 var(--_space-3);
      padding: var(--_space-3) 0;
      border-bottom: 1px solid var(--_border);
    }
    table.time td {
      padding: 0;
      border: 0;
    }
    table.time tbody .work {
      grid-column: 1;
      grid-row: 1;
    }
    table.time tbody .date,
    table.time tbody .by {
      grid-column: 1;
      color: var(--_text-muted);
      font-size: var(--_text-xs);
    }
    table.time tbody .money {
      grid-column: 2;
      grid-row: 1;
    }
    table.time tfoot tr {
      border-bottom: 0;
    }
    table.time tfoot th,
    table.time tfoot td {
      padding: 0;
    }
  }
`;
