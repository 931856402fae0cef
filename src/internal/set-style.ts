/**
 * `<span ${setStyle({ width: '40%' })}>`: sets inline styles through the CSSOM only. Lit's
 * `styleMap` writes a `style="…"` attribute on its first render, which a strict CSP
 * (`style-src 'self'` without 'unsafe-inline') blocks; CSSOM writes are allowed.
 */
import { noChange, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

type Styles = Record<string, string | number | undefined | null>;

class SetStyleDirective extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('setStyle() goes in element position: <div ${setStyle({...})}>');
  }

  render(_styles: Styles) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Styles]) {
    const style = (part.element as HTMLElement).style;
    const names = new Set<string>();
    for (const [key, value] of Object.entries(styles)) {
      // camelCase → kebab-case; custom properties (--x) stay as they are.
      const name = key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      if (value === undefined || value === null || value === '') continue;
      names.add(name);
      style.setProperty(name, String(value));
    }
    for (const name of this.#previous) if (!names.has(name)) style.removeProperty(name);
    this.#previous = names;
    return noChange;
  }
}

export const setStyle = directive(SetStyleDirective);
