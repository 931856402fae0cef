import { css } from 'lit';

export const styles = css`
  h1 {
    margin-bottom: var(--_space-5);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: var(--_space-5);
    align-items: start;
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
  dl {
    display: grid;
    grid-template-columns: minmax(6rem, auto) 1fr;
    gap: var(--_space-2) var(--_space-4);
  }
  dt {
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }
  dd {
    overflow-wrap: anywhere;
  }
  .channels {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .channels a {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2.75rem;
  }
  address {
    font-style: normal;
    white-space: pre-line;
  }
`;
