import { css } from 'lit';

export const styles = css`
  header {
    margin-bottom: var(--_space-5);
  }
  form,
  [part='draft-notice'] {
    max-width: 42rem;
  }
  [part='draft-notice'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-2) var(--_space-3);
    margin-bottom: var(--_space-5);
  }
  .field.date input {
    max-width: 14rem;
  }
  .optional {
    font-weight: 400;
    color: var(--_text-muted);
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
  [role='group'][aria-invalid='true'] portico-file-upload {
    outline: 2px solid var(--_danger);
    outline-offset: 2px;
    border-radius: var(--_radius-lg);
  }
  [role='group']:focus {
    outline: none;
  }
  .actions {
    gap: var(--_space-3);
  }
  .contact {
    justify-content: center;
  }
  @media (max-width: 30rem) {
    .actions .btn {
      flex: 1 1 100%;
    }
  }
`;
