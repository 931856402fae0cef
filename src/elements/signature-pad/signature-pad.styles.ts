import { css } from 'lit';

export const styles = css`
  :host {
    /* Paper and ink stay the same in light and dark: a signature is a picture of ink on paper. */
    --_paper: var(--portico-signature-paper, #ffffff);
    --_ink: var(--portico-signature-ink, #111827);
    --_signature-font: var(--portico-signature-font, 'Segoe Script', 'Bradley Hand', 'Snell Roundhand', 'Brush Script MT', cursive);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  legend {
    padding: 0;
    margin-bottom: var(--_space-3);
    font-weight: 600;
  }
  .modes {
    display: inline-flex;
    align-self: flex-start;
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .modes label {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-height: var(--_control-height);
    padding: 0 var(--_space-4);
    font-size: var(--_text-sm);
    font-weight: 600;
    cursor: pointer;
    background: var(--_surface);
  }
  .modes label + label {
    border-inline-start: 1px solid var(--_border-strong);
  }
  .modes input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    width: 100%;
    height: 100%;
    cursor: pointer;
  }
  .modes label:has(input:checked) {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .modes label:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: -4px;
  }
  .modes label:has(input:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .paper {
    position: relative;
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_paper);
    color: var(--_ink);
    overflow: hidden;
  }
  .paper::after {
    /* The line people sign on. */
    content: '';
    position: absolute;
    inset-inline: var(--_space-6);
    bottom: 2.25rem;
    border-bottom: 1px solid color-mix(in srgb, var(--_ink) 35%, transparent);
    pointer-events: none;
  }
  .preview {
    display: flex;
    align-items: flex-end;
    min-height: 7rem;
    padding: var(--_space-4) var(--_space-6) 2.5rem;
    font-family: var(--_signature-font);
    font-size: 2rem;
    line-height: 1.1;
    overflow-wrap: anywhere;
  }
  .preview .placeholder {
    font-family: var(--_font);
    font-size: var(--_text-sm);
    color: color-mix(in srgb, var(--_ink) 70%, var(--_paper));
  }
  canvas {
    display: block;
    width: 100%;
    height: var(--portico-signature-height, 10rem);
    touch-action: none;
    cursor: crosshair;
  }
  .paper[data-disabled] canvas {
    cursor: not-allowed;
  }
  .draw-hint {
    position: absolute;
    inset-inline-start: var(--_space-6);
    bottom: var(--_space-2);
    font-size: var(--_text-xs);
    color: color-mix(in srgb, var(--_ink) 70%, var(--_paper));
    pointer-events: none;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
  }
`;
