import { css } from 'lit';

export const styles = css`
  :host {
    max-width: 48rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-2) var(--_space-3);
    margin-bottom: var(--_space-5);
  }
  h1 {
    overflow-wrap: anywhere;
  }
  [part='not-found'] .btn {
    margin-top: var(--_space-2);
  }
`;
