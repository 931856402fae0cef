import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-bottom: var(--_space-5);
  }
  .filters a {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: var(--_control-height);
    padding: 0 var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: var(--_text-sm);
    font-weight: 600;
    text-decoration: none;
    white-space: nowrap;
    transition:
      background-color var(--_duration),
      border-color var(--_duration);
  }
  .filters a:hover {
    border-color: var(--_border-strong);
  }
  .filters a[aria-current='page'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .filters a[aria-current='page'] .count {
    background: color-mix(in srgb, var(--_on-primary) 22%, transparent);
    color: inherit;
  }
  .count {
    min-width: 1.5rem;
    padding: 0 var(--_space-1);
    border-radius: 999px;
    background: var(--_neutral-soft);
    color: var(--_neutral);
    font-size: var(--_text-xs);
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .item {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-areas:
      'title amount'
      'meta badge';
    gap: var(--_space-1) var(--_space-4);
    align-items: center;
    padding: var(--_space-4);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    box-shadow: var(--_shadow);
    color: inherit;
    text-decoration: none;
    transition: border-color var(--_duration);
  }
  .item:hover {
    border-color: var(--_border-strong);
  }
  .title {
    grid-area: title;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .title .number {
    display: block;
    font-size: var(--_text-sm);
    font-weight: 500;
    color: var(--_text-muted);
  }
  .amount {
    grid-area: amount;
    font-size: var(--_text-lg);
    font-weight: 650;
    text-align: end;
  }
  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .meta [data-tone='warning'] {
    color: var(--_warning);
    font-weight: 600;
  }
  .item .badge {
    grid-area: badge;
    justify-self: end;
  }
  .none {
    padding: var(--_space-8) var(--_space-4);
    text-align: center;
    color: var(--_text-muted);
  }
  .none p + p {
    margin-top: var(--_space-2);
  }
  @container (min-width: 44rem) {
    .item {
      grid-template-columns: minmax(0, 1fr) 11rem 9rem auto;
      grid-template-areas: 'title meta badge amount';
      padding: var(--_space-4) var(--_space-5);
    }
    .item .badge {
      justify-self: start;
    }
    .meta {
      flex-direction: column;
    }
    .amount {
      min-width: 8rem;
    }
  }
`;
