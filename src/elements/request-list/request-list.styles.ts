import { css } from 'lit';

export const styles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-bottom: var(--_space-4);
  }
  .filters a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_control-height);
    padding: 0 var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_text);
    font-size: var(--_text-sm);
    font-weight: 500;
    text-decoration: none;
    background: var(--_surface);
  }
  .filters a:hover {
    border-color: var(--_border-strong);
  }
  .filters a[aria-current='page'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .requests {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  [part='request'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space-1) var(--_space-3);
    align-items: start;
    padding: var(--_space-4);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    position: relative;
  }
  [part='request'][data-status='awaiting_client'] {
    border-inline-start-color: var(--_warning);
  }
  [part='request'][data-status='open'] {
    border-inline-start-color: var(--_info);
  }
  [part='request']:hover {
    border-color: var(--_border-strong);
  }
  [part='request'][data-status='awaiting_client']:hover {
    border-inline-start-color: var(--_warning);
  }
  .subject {
    font-weight: 600;
    overflow-wrap: anywhere;
    text-decoration: none;
  }
  .subject:hover {
    text-decoration: underline;
  }
  /* The whole card is the link's target (the link itself stays the only tab stop). */
  .subject::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .meta {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .more {
    margin-top: var(--_space-4);
    display: flex;
    justify-content: center;
  }
  @media (max-width: 30rem) {
    [part='request'] {
      grid-template-columns: 1fr;
    }
    .status {
      order: -1;
    }
  }
`;
