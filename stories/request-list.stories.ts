import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/request-list/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  status: 'all' | 'awaiting_client' | 'open' | 'closed';
  pageSize: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Request list',
  component: 'portico-request-list',
  args: { status: 'all', pageSize: 50 },
  argTypes: { status: { control: 'inline-radio', options: ['all', 'awaiting_client', 'open', 'closed'] } },
  render: (args, { loaded }) =>
    html`<portico-request-list .adapter=${(loaded.portico as PorticoLoaded).adapter} status=${args.status} page-size=${args.pageSize}></portico-request-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Loading: Story = { parameters: portico({ setup: hang('listRequests') }) };
export const Empty: Story = { parameters: portico({ setup: (store) => (store.db.requests.length = 0) }) };
export const Error: Story = { parameters: portico({ setup: fail('listRequests') }) };
export const AwaitingYourReply: Story = { args: { status: 'awaiting_client' } };
export const Closed: Story = { args: { status: 'closed' } };
/** A filter with nothing in it: says so and offers every request. */
export const NothingClosed: Story = { args: { status: 'closed' }, parameters: portico({ setup: (store) => store.db.requests.forEach((r) => (r.status = 'open')) }) };
export const ManyPages: Story = {
  args: { pageSize: 10 },
  parameters: portico({
    setup: (store) => {
      const [first] = store.db.requests;
      for (let i = 0; i < 30; i++) store.db.requests.push({ ...first, id: `req_more_${i}`, number: `R-${700 + i}`, subject: `Question ${i + 1} about the accounts`, status: i % 3 ? 'open' : 'closed' });
    },
  }),
};
/** The firm takes no new requests through the portal: no "New request" button. */
export const NoNewRequests: Story = {
  parameters: portico({ setup: (store) => store.updateConfig((config) => (config.permissions = { ...config.permissions, requests: { create: false, close: false } })) }),
};
export const Phone: Story = { parameters: portico({ width: 360 }) };
export const FieldServiceFirm: Story = { parameters: portico({ preset: 'brightline' }) };
