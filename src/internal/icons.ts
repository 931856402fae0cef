/** The few icons Portico draws, as inline SVG (no icon font, nothing to load, CSP-safe). */
import { svg, type SVGTemplateResult } from 'lit';

const icon = (body: SVGTemplateResult, className = 'icon') =>
  svg`<svg class=${className} viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const icons = {
  alert: (c?: string) => icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7.5v5"/><path d="M12 16.2v.3"/>`, c),
  inbox: (c?: string) => icon(svg`<path d="M3 13l3-8h12l3 8"/><path d="M3 13v6h18v-6h-5l-1.5 2h-5L8 13z"/>`, c),
  check: (c?: string) => icon(svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`, c),
  file: (c?: string) => icon(svg`<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z"/><path d="M14 3v5h5"/>`, c),
  image: (c?: string) => icon(svg`<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="10" r="2"/><path d="M21 17l-5-5-9 8"/>`, c),
  download: (c?: string) => icon(svg`<path d="M12 4v11"/><path d="M7 10l5 5 5-5"/><path d="M5 20h14"/>`, c),
  upload: (c?: string) => icon(svg`<path d="M12 20V9"/><path d="M7 14l5-5 5 5"/><path d="M5 4h14"/>`, c),
  close: (c?: string) => icon(svg`<path d="M6 6l12 12M18 6L6 18"/>`, c),
  menu: (c?: string) => icon(svg`<path d="M4 7h16M4 12h16M4 17h16"/>`, c),
  chevron: (c?: string) => icon(svg`<path d="M9 6l6 6-6 6"/>`, c),
  back: (c?: string) => icon(svg`<path d="M15 6l-6 6 6 6"/>`, c),
  external: (c?: string) => icon(svg`<path d="M14 4h6v6"/><path d="M20 4l-9 9"/><path d="M19 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1h5"/>`, c),
  search: (c?: string) => icon(svg`<circle cx="11" cy="11" r="6.5"/><path d="M20 20l-4.2-4.2"/>`, c),
  lock: (c?: string) => icon(svg`<rect x="5" y="11" width="14" height="9" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>`, c),
  refresh: (c?: string) => icon(svg`<path d="M20 11a8 8 0 1 0-2.3 5.7"/><path d="M20 5v6h-6"/>`, c),
  print: (c?: string) => icon(svg`<path d="M7 9V4h10v5"/><rect x="4" y="9" width="16" height="8" rx="2"/><path d="M7 14h10v6H7z"/>`, c),
  mail: (c?: string) => icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>`, c),
  phone: (c?: string) => icon(svg`<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1z"/>`, c),
  clock: (c?: string) => icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`, c),
  plus: (c?: string) => icon(svg`<path d="M12 5v14M5 12h14"/>`, c),
} as const;
