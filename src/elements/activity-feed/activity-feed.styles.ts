import { css } from 'lit';

export const styles = css`
  .day + .day {
    margin-top: var(--_space-6);
  }
  .day h2,
  .day h3 {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
    font-weight: 600;
    margin-bottom: var(--_space-2);
  }
  ol {
    list-style: none;
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: var(--_space-3);
    align-items: start;
    padding: var(--_space-3) 0;
    border-bottom: 1px solid var(--_border);
  }
  li:last-child {
    border-bottom: 0;
  }
  .dot {
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    background: var(--_primary-soft);
    color: var(--_text);
  }
  .dot[data-tone='success'] {
    background: var(--_success-soft);
    color: var(--_success);
  }
  .dot .icon {
    width: 1rem;
    height: 1rem;
  }
  .summary {
    overflow-wrap: anywhere;
  }
  time {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
    white-space: nowrap;
  }
  .more {
    margin-top: var(--_space-4);
    display: flex;
    justify-content: center;
  }
  header {
    display: flex;
    align-items: baseline;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
`;
