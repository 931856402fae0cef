import { css } from 'lit';

export const styles = css`
  .content {
    overflow-wrap: anywhere;
  }
  .content > * + * {
    margin-top: var(--_space-3);
  }
  .content :is(h1, h2, h3, h4) {
    margin-top: var(--_space-5);
  }
  .content :is(ul, ol) {
    padding-inline-start: var(--_space-6);
  }
  .content img {
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  .content table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_text-sm);
    display: block;
    overflow-x: auto;
  }
  .content :is(th, td) {
    border: 1px solid var(--_border);
    padding: var(--_space-2) var(--_space-3);
    text-align: start;
  }
  .content th {
    background: var(--_surface-muted);
  }
  .content blockquote {
    border-inline-start: 3px solid var(--_border-strong);
    padding-inline-start: var(--_space-4);
    color: var(--_text-muted);
  }
  .content pre {
    overflow-x: auto;
    font-family: var(--_font-mono);
    font-size: var(--_text-sm);
  }
`;
