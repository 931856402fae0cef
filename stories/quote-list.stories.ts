import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/quote-list/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  kind: 'quote' | 'contract';
  status: string;
  locale: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Quote list',
  component: 'portico-quote-list',
  args: { kind: 'quote', status: 'pending', locale: 'en-GB' },
  argTypes: {
    kind: { control: 'inline-radio', options: ['quote', 'contract'] },
    status: { control: 'select', options: ['pending', 'accepted', 'declined', 'expired', 'signed', 'all'] },
  },
  render: (args, { loaded }) => {
    const { adapter, session } = loaded.portico as PorticoLoaded;
    return html`<portico-quote-list .adapter=${adapter} .session=${session} kind=${args.kind} status=${args.status} locale=${args.locale}></portico-quote-list>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Pending: Story = {};
export const All: Story = { args: { status: 'all' } };
export const Accepted: Story = { args: { status: 'accepted' } };
export const Expired: Story = { args: { status: 'expired' } };
export const ExpiringSoon: Story = {
  parameters: portico({
    setup: (store) => {
      const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      store.db.quotes.find((q) => q.id === 'q_2002')!.expiryDate = soon;
    },
  }),
};
export const NothingPending: Story = {
  parameters: portico({ setup: (store) => store.db.quotes.forEach((q) => q.status === 'pending' && (q.status = 'accepted')) }),
};
export const Contracts: Story = { args: { kind: 'contract' } };
export const SignedContracts: Story = { args: { kind: 'contract', status: 'signed' } };
export const Loading: Story = { parameters: portico({ setup: hang('listQuotes') }) };
export const Empty: Story = { parameters: portico({ setup: (store) => (store.db.quotes.length = 0) }) };
export const NoContracts: Story = { args: { kind: 'contract' }, parameters: portico({ setup: (store) => (store.db.contracts.length = 0) }) };
export const Error: Story = { parameters: portico({ setup: fail('listQuotes') }) };
export const Phone: Story = { args: { status: 'all' }, parameters: portico({ width: 360 }) };
export const FieldServiceFirm: Story = { args: { status: 'all' }, parameters: portico({ preset: 'brightline' }) };
