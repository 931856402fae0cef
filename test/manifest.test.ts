/**
 * custom-elements.json (generated from JSDoc by `npm run analyze`, which `npm test` runs first)
 * is complete for every public tag: a summary, documented attributes and properties, events and parts.
 */
import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: { name: string; description?: string }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean; description?: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
}

const TAGS = [
  'portico-portal',
  'portico-login',
  'portico-home',
  'portico-invoice-list',
  'portico-invoice-viewer',
  'portico-quote-list',
  'portico-quote-viewer',
  'portico-signature-pad',
  'portico-file-list',
  'portico-file-upload',
  'portico-request-form',
  'portico-request-list',
  'portico-request-thread',
  'portico-task-list',
  'portico-project-list',
  'portico-project-viewer',
  'portico-activity-feed',
  'portico-page',
  'portico-rich-text',
  'portico-catalogue',
  'portico-contact',
  'portico-comments',
];

/** A non-empty string (plain check: chai-dom's overrides choke on undefined). */
function expectText(value: unknown, what: string) {
  expect(typeof value === 'string' && value.trim() !== '', `${what} is documented`).to.equal(true);
}

describe('custom-elements.json', () => {
  it('is listed in package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.customElements).to.equal('custom-elements.json');
  });

  it('documents every public tag completely', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = new Map<string, Declaration>();
    for (const module of manifest.modules) for (const d of module.declarations ?? []) if (d.tagName) declarations.set(d.tagName, d);
    expect([...declarations.keys()].sort()).to.deep.equal([...TAGS].sort());
    for (const tag of TAGS) {
      const d = declarations.get(tag)!;
      expectText(d.summary, `${tag} summary`);
      expectText(d.description, `${tag} description`);
      for (const attribute of d.attributes ?? []) expectText(attribute.description, `${tag} [${attribute.name}]`);
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static);
      for (const field of fields) expectText(field.description, `${tag} .${field.name}`);
      for (const event of d.events ?? []) expect(event.name, `${tag} event`).to.match(/^portico-|^change$/);
      if (tag !== 'portico-rich-text') expect(d.events?.length ?? 0, `${tag} events`).to.be.greaterThan(0);
      expect(d.cssParts?.length ?? 0, `${tag} parts`).to.be.greaterThan(0);
    }
  });
});
