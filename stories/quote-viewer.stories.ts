import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/elements/quote-viewer/define.js';
import type { PortalStore } from '../src/mocks/store.js';
import type { Signature } from '../src/sdk/schemas.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  kind: 'quote' | 'contract';
  recordId: string;
  readOnly: boolean;
  locale: string;
}

function viewer(args: Args, { adapter, session }: PorticoLoaded, onElement?: (el: Element | undefined) => void): TemplateResult {
  return html`<portico-quote-viewer
    .adapter=${adapter}
    .session=${session}
    kind=${args.kind}
    record-id=${args.recordId}
    locale=${args.locale}
    ?read-only=${args.readOnly}
    ${onElement ? ref(onElement) : nothing}
  ></portico-quote-viewer>`;
}

// Seeds (Acme Bakery): q_2001 pending, revised (2 versions); q_2002 pending with optional lines and
// a 30% deposit; q_2003 accepted; q_2004 declined; q_2005 expired. ctr_acme_1 to sign, ctr_acme_2 signed.
const meta: Meta<Args> = {
  title: 'Elements/Quote viewer',
  component: 'portico-quote-viewer',
  args: { kind: 'quote', recordId: 'q_2002', readOnly: false, locale: 'en-GB' },
  argTypes: { kind: { control: 'inline-radio', options: ['quote', 'contract'] } },
  render: (args, { loaded }) => viewer(args, loaded.portico as PorticoLoaded),
};
export default meta;
type Story = StoryObj<Args>;

/** A signature drawn on a canvas, as the signature pad sends it. */
function drawnSignature(name: string): Signature {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 90;
  const context = canvas.getContext('2d')!;
  context.lineWidth = 2.5;
  context.lineCap = 'round';
  context.strokeStyle = '#111827';
  context.beginPath();
  context.moveTo(10, 60);
  for (let x = 10; x <= 300; x += 6) context.lineTo(x, 50 - Math.sin(x / 18) * 22 + Math.cos(x / 7) * 6);
  context.stroke();
  return { kind: 'drawn', name, image: canvas.toDataURL('image/png') };
}

/** Accepts q_2002 in the store (as if Alice had signed it earlier), which raises the deposit invoice. */
function acceptDepositQuote(store: PortalStore) {
  const { token } = store.createSession('ct_alice');
  store.acceptQuote(token, 'q_2002', { version: 1, signature: drawnSignature('Alice Martin'), selectedLineIds: ['q_2002_o1'], acceptTerms: true });
}

export const Pending: Story = {};
export const WithOptionalLines: Story = { args: { recordId: 'q_2002' } };
export const RevisedWithHistory: Story = { args: { recordId: 'q_2001' } };
export const AcceptedWithAuditTrail: Story = { parameters: portico({ setup: acceptDepositQuote }) };
export const AcceptedTypedSignature: Story = { args: { recordId: 'q_2003' } };
export const Declined: Story = { args: { recordId: 'q_2004' } };
export const Expired: Story = { args: { recordId: 'q_2005' } };
/** Brightline Electrical records quote decisions itself: the portal only shows the quote. */
export const ViewOnlyFirm: Story = { parameters: portico({ preset: 'brightline' }) };
export const ReadOnly: Story = { args: { readOnly: true } };
/**
 * The firm sends version 2 while the client is accepting version 1: the backend answers with a
 * conflict, the viewer reloads, explains, shows what changed and keeps the typed signature.
 */
export const Conflict: Story = {
  render: (args, context) => {
    const loaded = context.loaded.portico as PorticoLoaded;
    const { store } = loaded;
    let started = false;
    const script = async (el?: Element) => {
      if (!el || started) return;
      started = true;
      const find = async <T extends Element>(selector: string, text?: RegExp): Promise<T> => {
        for (let i = 0; i < 200; i++) {
          // The element renders into its shadow root once connected: until then there is nothing to find.
          const match = [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])].find((node) => !text || text.test(node.textContent ?? ''));
          if (match) return match;
          await new Promise((r) => setTimeout(r, 20));
        }
        throw new globalThis.Error(`Conflict story: ${selector} not found`);
      };
      (await find<HTMLButtonElement>('button', /Accept and sign/)).click();
      (await find<HTMLInputElement>('#terms')).click();
      const pad = await find<HTMLElement & { updateComplete: Promise<unknown> }>('portico-signature-pad');
      await pad.updateComplete;
      const name = pad.shadowRoot!.querySelector<HTMLInputElement>('input[part="name"]')!;
      name.value = 'Alice Martin';
      name.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      store.reviseQuote('q_2002', (lines) => lines.map((line, i) => (i === 0 ? { ...line, unitPrice: line.unitPrice + 5000 } : line)));
      (await find<HTMLButtonElement>('button', /^\s*Accept quote\s*$/)).click();
    };
    return viewer(args, loaded, (el) => void script(el));
  },
};
export const ContractToSign: Story = { args: { kind: 'contract', recordId: 'ctr_acme_1' } };
export const SignedContract: Story = {
  args: { kind: 'contract', recordId: 'ctr_acme_1' },
  parameters: portico({
    setup: (store) => {
      const { token } = store.createSession('ct_alice');
      store.signContract(token, 'ctr_acme_1', { version: 1, signature: drawnSignature('Alice Martin'), acceptTerms: true });
    },
  }),
};
export const NotFound: Story = { args: { recordId: 'q_9999' } };
export const Loading: Story = { parameters: portico({ setup: hang('getQuote') }) };
export const Error: Story = { parameters: portico({ setup: fail('getQuote') }) };
export const Phone: Story = { parameters: portico({ width: 360 }) };
export const PhoneRevised: Story = { args: { recordId: 'q_2001' }, parameters: portico({ width: 360 }) };
export const PhoneContract: Story = { args: { kind: 'contract', recordId: 'ctr_acme_1' }, parameters: portico({ width: 360 }) };
