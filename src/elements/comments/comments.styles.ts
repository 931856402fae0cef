import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  h2 {
    margin-bottom: var(--_space-3);
  }
  ol {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
  li {
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
    border: 1px solid var(--_border);
  }
  li[data-author='client'] {
    background: var(--_primary-soft);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    font-size: var(--_text-sm);
    color: var(--_text-muted);
    margin-bottom: var(--_space-1);
  }
  .meta strong {
    color: var(--_text);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  textarea {
    min-height: 4.5rem;
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }
  .count {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
    margin-inline-start: auto;
  }
`;
