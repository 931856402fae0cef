/**
 * Colour maths for branding: any hex the firm picks becomes a primary colour with a readable text
 * colour on it (contrast ≥ 4.5:1) and a link/focus colour that stays readable on the surfaces.
 */

export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours (1–21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [17, 24, 39]; // #111827

/** The text colour for a background: white or near-black, whichever reads better (≥ 4.5:1 whenever possible). */
export function textOn(background: Rgb): Rgb {
  return contrast(WHITE, background) >= contrast(INK, background) ? WHITE : INK;
}

/**
 * The colour moved towards black or white (whichever direction helps) until it reaches `ratio`
 * against `surface`, keeping its hue as far as possible.
 */
export function readableOn(color: Rgb, surface: Rgb, ratio = 4.5): Rgb {
  if (contrast(color, surface) >= ratio) return color;
  const target: Rgb = luminance(surface) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    const mixed = color.map((v, i) => v + (target[i] - v) * t) as Rgb;
    if (contrast(mixed, surface) >= ratio) return mixed.map(Math.round) as Rgb;
  }
  return target;
}

/** The CSS custom properties a brand colour sets: primary, text on it, readable link and focus colours. */
export function brandTokens(
  primaryHex: string,
  // The least contrasting surfaces links sit on: the page background in light, raised panels in dark.
  surfaces: { light: string; dark: string } = { light: '#f3f4f6', dark: '#27272a' },
): Record<string, string> {
  const primary = parseHex(primaryHex);
  if (!primary) return {};
  const light = parseHex(surfaces.light)!;
  const dark = parseHex(surfaces.dark)!;
  const link = `light-dark(${toHex(readableOn(primary, light))}, ${toHex(readableOn(primary, dark))})`;
  return {
    '--portico-color-primary': toHex(primary),
    '--portico-color-on-primary': toHex(textOn(primary)),
    '--portico-color-link': link,
    // Focus rings need 3:1 against the surface (WCAG 2.2 non-text contrast).
    '--portico-color-focus': `light-dark(${toHex(readableOn(primary, light, 3))}, ${toHex(readableOn(primary, dark, 3))})`,
  };
}
