/**
 * Shared styles. Tokens come in three tiers: primitives (`--portico-color-blue-700`, in
 * src/themes/*.css), semantic tokens (`--portico-color-primary`, `--portico-radius`,
 * `--portico-font-family` — what a firm's brand sets), and the component-private tier below
 * (`--_primary`), which reads the semantic token with a default. Defaults use `light-dark()`,
 * so `color-scheme` (set by the portal's `theme`, or the page) switches light and dark.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--portico-color-primary, var(--portico-color-blue-700, #1d4ed8));
    --_on-primary: var(--portico-color-on-primary, #ffffff);
    --_primary-hover: var(--portico-color-primary-hover, color-mix(in srgb, var(--_primary) 86%, black));
    --_primary-soft: var(--portico-color-primary-soft, color-mix(in srgb, var(--_primary) 12%, transparent));
    --_link: var(--portico-color-link, light-dark(#1d4ed8, #93c5fd));
    --_focus: var(--portico-color-focus, light-dark(#1d4ed8, #93c5fd));
    --_text: var(--portico-color-text, light-dark(#111827, #f3f4f6));
    --_text-muted: var(--portico-color-text-muted, light-dark(#4b5563, #a1a1aa));
    --_surface: var(--portico-color-surface, light-dark(#ffffff, #18181b));
    --_surface-muted: var(--portico-color-surface-muted, light-dark(#f9fafb, #27272a));
    --_background: var(--portico-color-background, light-dark(#f3f4f6, #09090b));
    --_border: var(--portico-color-border, light-dark(#e5e7eb, #3f3f46));
    --_border-strong: var(--portico-color-border-strong, light-dark(#6b7280, #a1a1aa));
    --_danger: var(--portico-color-danger, light-dark(#b91c1c, #fca5a5));
    --_danger-soft: var(--portico-color-danger-soft, light-dark(#fef2f2, #450a0a));
    --_success: var(--portico-color-success, light-dark(#047857, #6ee7b7));
    --_success-soft: var(--portico-color-success-soft, light-dark(#ecfdf5, #022c22));
    --_warning: var(--portico-color-warning, light-dark(#a16207, #fcd34d));
    --_warning-soft: var(--portico-color-warning-soft, light-dark(#fefce8, #422006));
    --_info: var(--portico-color-info, light-dark(#1d4ed8, #93c5fd));
    --_info-soft: var(--portico-color-info-soft, light-dark(#eff6ff, #172554));
    --_neutral: var(--portico-color-neutral, light-dark(#374151, #d4d4d8));
    --_neutral-soft: var(--portico-color-neutral-soft, light-dark(#f3f4f6, #27272a));
    --_radius: var(--portico-radius, 8px);
    --_radius-sm: calc(var(--_radius) / 2);
    --_radius-lg: calc(var(--_radius) * 1.5);
    --_font: var(--portico-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-mono: var(--portico-font-family-mono, ui-monospace, 'SF Mono', Menlo, Consolas, monospace);
    --_unit: var(--portico-space-unit, 4px);
    --_space-1: calc(var(--_unit) * 1);
    --_space-2: calc(var(--_unit) * 2);
    --_space-3: calc(var(--_unit) * 3);
    --_space-4: calc(var(--_unit) * 4);
    --_space-5: calc(var(--_unit) * 5);
    --_space-6: calc(var(--_unit) * 6);
    --_space-8: calc(var(--_unit) * 8);
    --_space-10: calc(var(--_unit) * 10);
    --_text-xs: 0.75rem;
    --_text-sm: 0.875rem;
    --_text-md: 1rem;
    --_text-lg: 1.25rem;
    --_text-xl: 1.5rem;
    --_text-2xl: 2rem;
    --_shadow: var(--portico-shadow, 0 1px 2px rgb(0 0 0 / 0.05), 0 1px 3px rgb(0 0 0 / 0.08));
    --_shadow-lg: var(--portico-shadow-lg, 0 10px 30px rgb(0 0 0 / 0.12));
    --_duration: var(--portico-duration, 150ms);
    --_control-height: 2.5rem;
    /* 1 left to right, -1 right to left: for the few things logical properties cannot flip (inset shadows). */
    --_start-sign: 1;
  }
  :host(:dir(rtl)) {
    --_start-sign: -1;
  }
  @media (pointer: coarse) {
    :host {
      --_control-height: 2.75rem;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
`;

export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_text-md);
    line-height: 1.5;
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  h1 {
    font-size: var(--_text-xl);
    line-height: 1.25;
    font-weight: 650;
  }
  h2 {
    font-size: var(--_text-lg);
    line-height: 1.3;
    font-weight: 600;
  }
  h3 {
    font-size: var(--_text-md);
    font-weight: 600;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_text-muted);
  }
  .small {
    font-size: var(--_text-sm);
  }
  .money,
  .num {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .money {
    text-align: end;
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .spacer {
    flex: 1;
  }
  /* The "back to the list" link above a record. */
  .back:not(a) {
    margin-bottom: var(--_space-3);
    font-size: var(--_text-sm);
  }
  a.back,
  .back a {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-height: 2.75rem;
    font-size: var(--_text-sm);
    font-weight: 500;
  }
  .back .icon {
    width: 1em;
    height: 1em;
  }
  .updated-notice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    font-size: var(--_text-sm);
    color: var(--_success);
  }
  .updated-notice .icon {
    width: 1em;
    height: 1em;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;

export const controls = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-height: var(--_control-height);
    padding: 0 var(--_space-4);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: var(--_text-sm);
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--_duration),
      border-color var(--_duration);
    white-space: nowrap;
  }
  .btn:hover:not(:disabled) {
    background: var(--_surface-muted);
  }
  .btn.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .btn.primary:hover:not(:disabled) {
    background: var(--_primary-hover);
    border-color: var(--_primary-hover);
  }
  .btn.danger {
    color: var(--_danger);
    border-color: currentColor;
  }
  .btn.ghost {
    border-color: transparent;
    background: transparent;
  }
  .btn.link {
    border: 0;
    background: none;
    padding: 0;
    min-height: auto;
    color: var(--_link);
    text-decoration: underline;
    font-weight: 500;
  }
  .btn.large {
    font-size: var(--_text-md);
    min-height: 3rem;
    padding: 0 var(--_space-6);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .btn[aria-busy='true'] {
    cursor: progress;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .field > label,
  .label {
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  .hint {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .field-error {
    font-size: var(--_text-sm);
    color: var(--_danger);
    font-weight: 500;
  }
  /* :where() keeps these defaults at zero specificity, so any element's own rule wins. */
  :where(input:not([type='checkbox'], [type='radio'], [type='file'])),
  :where(select, textarea) {
    width: 100%;
    min-height: var(--_control-height);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  :where(input, select, textarea)[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.125rem;
    height: 1.125rem;
    accent-color: var(--_primary);
  }
  .check {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
  }
  .check input {
    margin-top: 0.2em;
    flex: none;
  }
  .alert {
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    font-size: var(--_text-sm);
  }
  .alert[data-tone='danger'] {
    color: var(--_danger);
    background: var(--_danger-soft);
  }
  .alert[data-tone='success'] {
    color: var(--_success);
    background: var(--_success-soft);
  }
  .alert[data-tone='info'] {
    color: var(--_info);
    background: var(--_info-soft);
  }
  .alert[data-tone='warning'] {
    color: var(--_warning);
    background: var(--_warning-soft);
  }
`;

export const surfaces = css`
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    box-shadow: var(--_shadow);
  }
  .card-body {
    padding: var(--_space-5);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding: 0.125rem var(--_space-2);
    border-radius: 999px;
    font-size: var(--_text-xs);
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
    color: var(--_neutral);
    background: var(--_neutral-soft);
  }
  .badge::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }
  .badge[data-tone='success'] {
    color: var(--_success);
    background: var(--_success-soft);
  }
  .badge[data-tone='danger'] {
    color: var(--_danger);
    background: var(--_danger-soft);
  }
  .badge[data-tone='warning'] {
    color: var(--_warning);
    background: var(--_warning-soft);
  }
  .badge[data-tone='info'] {
    color: var(--_info);
    background: var(--_info-soft);
  }
  .skeleton {
    display: block;
    height: 1em;
    border-radius: var(--_radius-sm);
    background: linear-gradient(90deg, var(--_neutral-soft) 25%, var(--_surface-muted) 50%, var(--_neutral-soft) 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  .skeleton-body {
    margin-top: var(--_space-4);
  }
  .skeleton-card {
    gap: var(--_space-2);
  }
  .skeleton-list {
    gap: var(--_space-4);
  }
  .skeleton-row {
    flex-wrap: nowrap;
    gap: var(--_space-4);
  }
  @keyframes shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    gap: var(--_space-3);
    padding: var(--_space-10) var(--_space-4);
  }
  .state p {
    max-width: 36rem;
    color: var(--_text-muted);
  }
  .state-icon {
    width: 2.5rem;
    height: 2.5rem;
    color: var(--_text-muted);
  }
  .state[data-tone='danger'] .state-icon {
    color: var(--_danger);
  }
  table.data {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_text-sm);
  }
  table.data th {
    text-align: start;
    font-weight: 600;
    color: var(--_text-muted);
    font-size: var(--_text-xs);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: var(--_space-2) var(--_space-3);
    border-bottom: 1px solid var(--_border);
  }
  table.data td {
    padding: var(--_space-3);
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  table.data .money {
    text-align: end;
  }
  .progress {
    height: 0.5rem;
    border-radius: 999px;
    background: var(--_neutral-soft);
    overflow: hidden;
  }
  .progress > span {
    display: block;
    height: 100%;
    background: var(--_primary);
    border-radius: inherit;
    transition: width var(--_duration);
  }
`;

/**
 * Paper: light colours, no shadows, nothing interactive. `.no-print` hides controls (buttons,
 * forms, navigation) in print — from the Print button and from the browser's own print alike.
 */
export const print = css`
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_text-muted: #374151;
      --_surface: #fff;
      --_background: #fff;
      --_link: #000;
    }
    .no-print,
    .btn,
    form,
    [part~='updated'] {
      display: none !important;
    }
    .card {
      box-shadow: none;
      break-inside: avoid;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    tr,
    li {
      break-inside: avoid;
    }
  }
`;

/** Tokens, base typography, controls, surfaces and print: what every element starts from. */
export const sharedStyles = [tokens, base, controls, surfaces, print];
