import { css } from 'lit';

export const styles = css`
  .head {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    margin-bottom: var(--_space-6);
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
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
  }
  .status-row:empty {
    display: none;
  }
  .messages {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    margin-bottom: var(--_space-6);
  }
  [part='message'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    max-width: min(44rem, 92%);
    padding: var(--_space-4);
    border-radius: var(--_radius-lg);
    border: 1px solid var(--_border);
    background: var(--_surface-muted);
  }
  [part='message'][data-side='client'] {
    align-self: flex-end;
    background: var(--_surface);
    border-color: color-mix(in srgb, var(--_primary) 35%, var(--_border));
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
  }
  .author {
    display: flex;
    flex-direction: column;
    line-height: 1.3;
  }
  .who time {
    margin-inline-start: auto;
  }
  .avatar {
    display: grid;
    place-items: center;
    flex: none;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    font-size: var(--_text-xs);
    font-weight: 700;
    background: var(--_neutral-soft);
    color: var(--_neutral);
  }
  [data-side='client'] .avatar {
    background: var(--_primary-soft);
    color: var(--_text);
  }
  .attachments {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .reply {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    max-width: 48rem;
  }
  [part='draft-notice'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-2) var(--_space-3);
  }
  .field-error {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .field-error .icon {
    flex: none;
    width: 1em;
    height: 1em;
  }
  @media (max-width: 30rem) {
    [part='message'] {
      max-width: 100%;
    }
    .card-body {
      padding: var(--_space-4);
    }
  }
  .comments {
    margin-top: var(--_space-8);
    padding-top: var(--_space-6);
    border-top: 1px solid var(--_border);
  }
`;
