/**
 * The firm's custom CSS, made safe to apply inside the portal's shadow root: parsed by the browser
 * (never spliced as text), then rebuilt from style rules only. Dropped: `@import`, `@font-face`,
 * `@namespace` and other at-rules except `@media`/`@supports`; selectors aimed outside the portal
 * (`:host`, `:root`, `html`, `body`, `:host-context`); declarations with `url()` to another origin,
 * `expression()`, `behavior`, `-moz-binding`, `javascript:`; and `position: fixed`, which would let
 * the portal cover the firm's own page.
 */

const OUTSIDE = /(^|[\s,>+~(])(:host|:host-context|:root|html|body)(?![\w-])/i;
const FORBIDDEN_VALUE = /expression\s*\(|javascript:|vbscript:|-moz-binding|behaviou?r\s*:/i;
const FORBIDDEN_PROPERTY = /^(behaviou?r|-moz-binding|-ms-behavior)$/i;

function urlsAllowed(value: string, origin: string): boolean {
  for (const match of value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) {
    const target = match[2].trim();
    if (/^data:image\/(png|jpe?g|gif|webp);/i.test(target)) continue;
    try {
      if (new URL(target, origin).origin !== origin) return false;
    } catch {
      return false;
    }
  }
  // image-set()/src() can carry bare strings: refuse anything with a scheme that is not ours.
  return !/(?:image-set|src)\s*\(/i.test(value) || !/https?:|\/\//i.test(value);
}

function cleanStyle(rule: CSSStyleRule, origin: string): string | undefined {
  if (OUTSIDE.test(rule.selectorText)) return undefined;
  const declarations: string[] = [];
  const style = rule.style;
  for (let i = 0; i < style.length; i++) {
    const property = style.item(i);
    const value = style.getPropertyValue(property);
    if (FORBIDDEN_PROPERTY.test(property) || FORBIDDEN_VALUE.test(value)) continue;
    if (/url\(|image-set\(|src\(/i.test(value) && !urlsAllowed(value, origin)) continue;
    if (property === 'position' && /fixed/i.test(value)) continue;
    const priority = style.getPropertyPriority(property);
    declarations.push(`${property}: ${value}${priority ? ' !important' : ''};`);
  }
  return declarations.length ? `${rule.selectorText} { ${declarations.join(' ')} }` : undefined;
}

function cleanRules(rules: CSSRuleList, origin: string): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      const cleaned = cleanStyle(rule, origin);
      if (cleaned) out.push(cleaned);
    } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
      const inner = cleanRules(rule.cssRules, origin);
      const prelude = rule instanceof CSSMediaRule ? `@media ${rule.conditionText}` : `@supports ${rule.conditionText}`;
      if (inner.length) out.push(`${prelude} { ${inner.join(' ')} }`);
    }
    // Everything else (@import, @font-face, @namespace, @keyframes with urls, @layer…) is dropped.
  }
  return out;
}

/** Safe CSS text built from the firm's CSS, for a constructed stylesheet inside the portal. */
export function sanitizeCss(css: string, origin: string = location.origin): string {
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(css);
  } catch {
    return '';
  }
  return cleanRules(sheet.cssRules, origin).join('\n');
}
