import { css } from 'lit';

export const styles = css`
  header {
    display: flex;
    align-items: baseline;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
  .projects {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: var(--_space-4);
  }
  [part='project'] {
    position: relative;
    display: grid;
    grid-template-columns: 1fr auto;
    align-content: start;
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-5);
    transition: border-color var(--_duration);
  }
  [part='project']:hover {
    border-color: var(--_border-strong);
  }
  .kind {
    grid-column: 1;
    font-size: var(--_text-xs);
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_text-muted);
  }
  .status {
    grid-column: 2;
    grid-row: 1;
  }
  h2 {
    grid-column: 1 / -1;
    font-size: var(--_text-lg);
    overflow-wrap: anywhere;
  }
  h2 a {
    color: inherit;
    text-decoration: none;
  }
  h2 a:hover {
    text-decoration: underline;
  }
  /* The whole card is the link's target (the link stays the only tab stop). */
  h2 a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  .progress-row {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    margin-top: var(--_space-2);
  }
  .progress-row .num {
    color: var(--_text-muted);
  }
  .dates {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
  }
  [data-status='completed'] .progress > span {
    background: var(--_success);
  }
`;
