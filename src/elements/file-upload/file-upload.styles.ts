import { css } from 'lit';

export const styles = css`
  .zone {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-6) var(--_space-4);
    border: 2px dashed var(--_border-strong);
    border-radius: var(--_radius-lg);
    background: var(--_surface-muted);
    text-align: center;
    transition:
      border-color var(--_duration),
      background-color var(--_duration);
  }
  .zone[data-over] {
    border-color: var(--_primary);
    background: var(--_primary-soft);
  }
  .zone .icon {
    width: 1.75rem;
    height: 1.75rem;
    color: var(--_text-muted);
  }
  .zone[aria-disabled='true'] {
    opacity: 0.7;
  }
  ul {
    list-style: none;
    padding: 0;
    margin-top: var(--_space-3);
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space-1) var(--_space-3);
    align-items: center;
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .meta[data-tone='danger'] {
    color: var(--_danger);
  }
  .meta[data-tone='success'] {
    color: var(--_success);
  }
  .progress {
    grid-column: 1 / -1;
  }
  .actions {
    display: flex;
    gap: var(--_space-2);
    grid-row: 1 / span 2;
    grid-column: 2;
  }
  input[type='file'] {
    display: none;
  }
`;
