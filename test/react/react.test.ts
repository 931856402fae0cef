import { expect } from '@open-wc/testing';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { PorticoActivityFeed, PorticoCatalogue } from '../../src/react/index.js';
import type { PorticoNavigateEvent } from '../../src/events/navigate.js';
import { backend, until } from '../helpers/fixtures.js';

describe('portico/react', () => {
  it('renders elements with properties and calls onPortico… event props', async () => {
    const b = backend();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const navigations: string[] = [];
    root.render(
      React.createElement('div', null, [
        React.createElement(PorticoActivityFeed, { key: 'feed', adapter: b.adapter, limit: 3, onPorticoNavigate: (event: PorticoNavigateEvent) => navigations.push(event.detail.path) }),
        React.createElement(PorticoCatalogue, { key: 'catalogue', adapter: b.adapter, q: 'payroll' }),
      ]),
    );
    const feed = await until(() => container.querySelector('portico-activity-feed')).then(() => container.querySelector('portico-activity-feed')!);
    expect(feed.adapter).to.equal(b.adapter);
    expect(feed.limit).to.equal(3);
    await until(() => feed.shadowRoot!.querySelectorAll('[part="item"]').length === 3);
    feed.shadowRoot!.querySelector<HTMLAnchorElement>('[part="item"] a')!.click();
    expect(navigations).to.have.length(1);
    expect(navigations[0]).to.match(/^\/\w+/);
    const catalogue = container.querySelector('portico-catalogue')!;
    await until(() => catalogue.shadowRoot!.querySelectorAll('[part="item"]').length === 1);
    root.unmount();
    container.remove();
  });
});
