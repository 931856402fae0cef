import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/invoice-viewer/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  invoiceId: string;
  pay: boolean;
  paymentResult: string;
  readOnly: boolean;
  locale: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Invoice viewer',
  component: 'portico-invoice-viewer',
  // INV-1030 is overdue, INV-1034 partially paid (part payments allowed), INV-1035 paid,
  // INV-1033 has no PDF, INV-1046 is open in euros.
  args: { invoiceId: 'INV-1030', pay: false, paymentResult: '', readOnly: false, locale: 'en-GB' },
  argTypes: { paymentResult: { control: 'select', options: ['', 'success', 'cancel'] } },
  render: (args, { loaded }) => {
    const { adapter, session } = loaded.portico as PorticoLoaded;
    return html`<portico-invoice-viewer
      .adapter=${adapter}
      .session=${session}
      invoice-id=${args.invoiceId}
      ?pay=${args.pay}
      payment-result=${args.paymentResult || nothing}
      locale=${args.locale}
      ?read-only=${args.readOnly}
    ></portico-invoice-viewer>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Overdue: Story = {};
export const Loading: Story = { parameters: portico({ setup: hang('getInvoice') }) };
export const Error: Story = { parameters: portico({ setup: fail('getInvoice') }) };
export const NotFound: Story = { args: { invoiceId: 'INV-9999' } };
export const Open: Story = { args: { invoiceId: 'INV-1046' } };
export const PartiallyPaid: Story = { args: { invoiceId: 'INV-1034' } };
export const PartialAmount: Story = { args: { invoiceId: 'INV-1034', pay: true } };
export const Paid: Story = { args: { invoiceId: 'INV-1035' } };
/** Reached from "Pay now" on home: the payment panel has focus. */
export const PayNow: Story = { args: { pay: true } };
export const ReadOnly: Story = { args: { readOnly: true } };
export const PaymentsOff: Story = { parameters: portico({ setup: (store) => store.updateConfig((config) => (config.permissions.payments = false)) }) };
export const PaymentSuccess: Story = { args: { paymentResult: 'success' } };
export const PaymentCanceled: Story = { args: { paymentResult: 'cancel' } };
export const PdfUnavailable: Story = { args: { invoiceId: 'INV-1033' } };
export const WithDiscounts: Story = {
  parameters: portico({
    setup: (store) => {
      const invoice = store.db.invoices.find((i) => i.number === 'INV-1030')!;
      invoice.lines[0].discount = 1900;
      invoice.lines[0].amount -= 1900;
      invoice.subtotal -= 1900;
      invoice.discountTotal = 1900;
      invoice.lines[0].taxes[0].amount = Math.round(invoice.lines[0].amount * 0.2);
      invoice.taxTotal = invoice.lines.reduce((sum, l) => sum + l.taxes.reduce((s, t) => s + t.amount, 0), 0);
      invoice.total = invoice.amountDue = invoice.subtotal + invoice.taxTotal;
    },
  }),
};
export const Phone: Story = { parameters: portico({ width: 360 }) };
export const PhonePartiallyPaid: Story = { args: { invoiceId: 'INV-1034', pay: true }, parameters: portico({ width: 360 }) };
export const German: Story = { args: { locale: 'de-DE' } };
export const FieldServiceFirm: Story = { args: { invoiceId: 'INV-1034' }, parameters: portico({ preset: 'brightline' }) };
