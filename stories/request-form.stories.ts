import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/elements/request-form/define.js';
import { draftStorageKey } from '../src/internal/draft.js';
import type { PortalStore } from '../src/mocks/store.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  subject: string;
  category: string;
  relatedType: string;
  relatedId: string;
  readOnly: boolean;
}

// Dan (Blue Fern Studio) is signed in: the stories' drafts stay apart from the tests' (Alice, Ben).
const DAN = 'ct_dan';

function form(args: Args, { adapter, session }: PorticoLoaded, onElement?: (el: Element | undefined) => void): TemplateResult {
  return html`<portico-request-form
    .adapter=${adapter}
    .session=${session}
    subject=${args.subject || nothing}
    category=${args.category || nothing}
    related-type=${args.relatedType || nothing}
    related-id=${args.relatedId || nothing}
    ?read-only=${args.readOnly}
    ${onElement ? ref(onElement) : nothing}
  ></portico-request-form>`;
}

/** Presses Send once the form is there: the state a client sees right after. */
function pressSend(el: Element | undefined) {
  if (!el) return;
  const tryPress = (left: number) => {
    const button = el.shadowRoot?.querySelector<HTMLButtonElement>('[part="submit"]');
    if (button) button.click();
    else if (left) setTimeout(() => tryPress(left - 1), 25);
  };
  tryPress(120);
}

/** A draft left on this device earlier (what the form restores). */
function leaveDraft(loaded: PorticoLoaded, value: object) {
  const name = draftStorageKey(loaded.session?.contact.id, 'request-new');
  localStorage.setItem(name, JSON.stringify({ value: { subject: '', category: '', description: '', preferredDate: '', attachments: [], ...value }, savedAt: Date.now() }));
}

const noRequests = (store: PortalStore) =>
  // Replaced, not mutated: the seed shares its permissions object.
  store.updateConfig((config) => (config.permissions = { ...config.permissions, requests: { create: false, close: false } }));

const meta: Meta<Args> = {
  title: 'Elements/Request form',
  component: 'portico-request-form',
  args: { subject: '', category: '', relatedType: '', relatedId: '', readOnly: false },
  parameters: portico({ contact: DAN }),
  render: (args, { loaded }) => form(args, loaded.portico as PorticoLoaded),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Loading: Story = { parameters: portico({ contact: DAN, setup: hang('getConfig') }) };
export const Error: Story = { parameters: portico({ contact: DAN, setup: fail('getConfig') }) };
/** The firm takes no requests through the portal: the view says how to reach them instead. */
export const NotAvailable: Story = { parameters: portico({ contact: DAN, setup: noRequests }) };
export const ReadOnly: Story = { args: { readOnly: true } };
export const Phone: Story = { parameters: portico({ contact: DAN, width: 360 }) };
/** "Ask about this" from an invoice: prefilled and linked to the invoice. */
export const AskAboutAnInvoice: Story = { args: { subject: 'Question about INV-1100', category: 'general', relatedType: 'invoice', relatedId: 'inv_1100' } };
/** Send pressed on an empty form: each message at its field, focus on the first. */
export const WithValidationErrors: Story = {
  render: (args, { loaded }) => form(args, loaded.portico as PorticoLoaded, pressSend),
};
/** The backend refused a field: its message lands at that field. */
export const ServerValidationErrors: Story = {
  parameters: portico({
    contact: DAN,
    setup: (store) => store.faults.fail('createRequest', { status: 422, fields: { preferredDate: 'We are closed on that day. Please choose another.' } }),
  }),
  render: (args, { loaded }) => {
    const portico = loaded.portico as PorticoLoaded;
    leaveDraft(portico, { subject: 'Visit to go through the accounts', category: 'general', description: 'Could we meet at your office?', preferredDate: '2099-12-25' });
    return form(args, portico, pressSend);
  },
};
/** Back after a reload or signing in again: what was typed is still there. */
export const DraftRestored: Story = {
  render: (args, { loaded }) => {
    const portico = loaded.portico as PorticoLoaded;
    leaveDraft(portico, { subject: 'New employee in March', category: 'payroll', description: 'We are hiring a designer from 1 March.\nWhat do you need from us?' });
    return form(args, portico);
  },
};
export const FieldServiceFirm: Story = { args: { category: 'repair' }, parameters: portico({ contact: DAN, preset: 'brightline' }) };
