import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    justify-content: center;
    padding: var(--_space-8) var(--_space-4);
  }
  .card {
    width: 100%;
    max-width: 26rem;
  }
  .card-body {
    padding: var(--_space-8) var(--_space-6);
  }
  .brand {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-3);
    text-align: center;
    margin-bottom: var(--_space-6);
  }
  .brand img {
    max-height: 3rem;
    max-width: 12rem;
  }
  .monogram {
    display: grid;
    place-items: center;
    width: 3rem;
    height: 3rem;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    font-size: var(--_text-lg);
  }
  .firm {
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .btn.primary {
    width: 100%;
  }
  .code {
    font-size: var(--_text-xl);
    letter-spacing: 0.4em;
    text-align: center;
    font-variant-numeric: tabular-nums;
    font-family: var(--_font-mono);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  legend {
    font-size: var(--_text-sm);
    font-weight: 600;
    margin-bottom: var(--_space-2);
  }
  .channels {
    display: flex;
    gap: var(--_space-2);
    flex-wrap: wrap;
  }
  .channels label {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    cursor: pointer;
    font-size: var(--_text-sm);
    min-height: var(--_control-height);
  }
  .channels label:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: 0 0 0 1px var(--_primary);
  }
  .links {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-2);
    font-size: var(--_text-sm);
  }
  .sent {
    color: var(--_text-muted);
  }
`;
