import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/invoice-list/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  status: string;
  q: string;
  sort: string;
  readOnly: boolean;
  locale: string;
  paymentResult: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Invoice list',
  component: 'portico-invoice-list',
  args: { status: 'to_pay', q: '', sort: '', readOnly: false, locale: 'en-GB', paymentResult: '' },
  argTypes: {
    status: { control: 'select', options: ['to_pay', 'paid', 'canceled', 'all'] },
    sort: { control: 'select', options: ['', '-issueDate', 'issueDate', 'dueDate', '-total', 'total', 'status'] },
    paymentResult: { control: 'select', options: ['', 'success', 'cancel'] },
  },
  render: (args, { loaded }) => {
    const { adapter, session } = loaded.portico as PorticoLoaded;
    return html`<portico-invoice-list
      .adapter=${adapter}
      .session=${session}
      status=${args.status}
      q=${args.q}
      sort=${args.sort}
      locale=${args.locale}
      ?read-only=${args.readOnly}
      payment-result=${args.paymentResult || nothing}
    ></portico-invoice-list>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** To pay: three overdue invoices in pounds (so "Pay all overdue"), one open in euros, totals per currency. */
export const Default: Story = {};
export const Loading: Story = { parameters: portico({ setup: hang('listInvoices') }) };
export const Empty: Story = { parameters: portico({ setup: (store) => (store.db.invoices.length = 0) }) };
export const NothingToPay: Story = {
  parameters: portico({ setup: (store) => store.db.invoices.forEach((invoice) => invoice.amountDue > 0 && Object.assign(invoice, { amountPaid: invoice.total, amountDue: 0 })) }),
};
export const NoSearchResults: Story = { args: { q: 'no such invoice' } };
export const Error: Story = { parameters: portico({ setup: fail('listInvoices') }) };
export const ReadOnly: Story = { args: { readOnly: true } };
export const Paid: Story = { args: { status: 'paid' } };
export const All: Story = { args: { status: 'all', sort: '-total' } };
export const Search: Story = { args: { status: 'all', q: 'payroll' } };
export const Overdue: Story = { args: { sort: 'dueDate' } };
export const PaymentsOff: Story = { parameters: portico({ setup: (store) => store.updateConfig((config) => (config.permissions.payments = false)) }) };
export const PaymentSuccess: Story = { args: { paymentResult: 'success' } };
export const PaymentCanceled: Story = { args: { paymentResult: 'cancel' } };
export const Phone: Story = { parameters: portico({ width: 360 }) };
export const PhoneAll: Story = { args: { status: 'all' }, parameters: portico({ width: 360 }) };
/** 10,000 invoices: pages of 100 load as you scroll; only the rows near the viewport are in the DOM. */
export const TenThousandInvoices: Story = { args: { status: 'all' }, parameters: portico({ invoiceCount: 10_000 }) };
export const French: Story = { args: { locale: 'fr-FR' }, parameters: portico({ contact: 'ct_chloe' }) };
export const FieldServiceFirm: Story = { parameters: portico({ preset: 'brightline' }) };
