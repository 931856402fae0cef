import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/home/define.js';
import { fail, portico, type PorticoLoaded } from './support/portico.js';

const meta: Meta = {
  title: 'Portal/Home',
  component: 'portico-home',
  render: (_, { loaded }) => {
    const { adapter, session, store } = loaded.portico as PorticoLoaded;
    return html`<portico-home .adapter=${adapter} .session=${session} .config=${store.getConfig(session?.token)}></portico-home>`;
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Loading: Story = { parameters: portico({ setup: (store) => store.faults.delay('*', 1e9) }) };
export const AllCaughtUp: Story = {
  parameters: portico({
    setup: (store) => {
      for (const invoice of store.db.invoices) invoice.amountDue = 0;
      store.db.quotes.length = 0;
      store.db.requests.length = 0;
    },
  }),
};
export const OneBlockFails: Story = { parameters: portico({ setup: fail('listQuotes') }) };
export const EverythingFails: Story = { parameters: portico({ setup: (store) => store.faults.fail('*', { status: 503 }) }) };
export const FieldServiceFirm: Story = { parameters: portico({ preset: 'brightline' }) };
export const OtherCompany: Story = { parameters: portico({ contact: 'ct_chloe' }) };
export const Phone: Story = { parameters: portico({ width: 360 }) };
