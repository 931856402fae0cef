import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/page/define.js';
import type { PortalStore } from '../src/mocks/store.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  slug: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Page',
  component: 'portico-page',
  args: { slug: 'how-we-work' },
  render: (args, { loaded }) => {
    const { adapter, session } = loaded.portico as PorticoLoaded;
    return html`<portico-page .adapter=${adapter} .session=${session} slug=${args.slug}></portico-page>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const addPage = (page: { slug: string; title: string; content: string }) => (store: PortalStore) =>
  store.updateConfig((config) => (config.pages = [...config.pages, { id: `pg_${page.slug}`, ...page }]));

/** The firm's page with merge tags (company, contact, average project progress), a list and a table. */
export const Default: Story = {};
export const Loading: Story = { parameters: portico({ setup: hang('getConfig') }) };
export const Error: Story = { parameters: portico({ setup: fail('getConfig') }) };
export const NotFound: Story = { args: { slug: 'no-such-page' } };
export const Empty: Story = { args: { slug: 'blank' }, parameters: portico({ setup: addPage({ slug: 'blank', title: 'Coming soon', content: '' }) }) };
export const Phone: Story = { parameters: portico({ width: 360 }) };
export const FieldServiceFirm: Story = { args: { slug: 'guarantee' }, parameters: portico({ preset: 'brightline' }) };
/** Everything a firm may write: headings, lists, a table, an image, safe and unsafe links (the unsafe ones lose their link). */
export const RichContent: Story = {
  args: { slug: 'onboarding' },
  parameters: portico({
    setup: addPage({
      slug: 'onboarding',
      title: 'Getting started',
      content:
        '<h2>Welcome, {{contact.name}}</h2><p>Today is {{system.current_date}}. You have <strong>{{invoice.due}}</strong> to pay.</p>' +
        '<h3>What we need</h3><ul><li>Your last three bank statements</li><li>A copy of your VAT certificate</li></ul>' +
        '<table><caption>Key dates</caption><thead><tr><th scope="col">When</th><th scope="col">What</th></tr></thead><tbody><tr><td>7th</td><td>Records in</td></tr><tr><td>20th</td><td>Report out</td></tr></tbody></table>' +
        '<figure><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" alt="Our office" width="160" height="90"><figcaption>Our office on Quay Street</figcaption></figure>' +
        '<p><a href="https://harbor-pine.example/guide">Read the guide</a> · <a href="mailto:hello@harbor-pine.example">Email us</a> · <a href="javascript:alert(1)">not a link any more</a></p>',
    }),
  }),
};
