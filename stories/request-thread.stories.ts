import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/request-thread/define.js';
import { draftStorageKey } from '../src/internal/draft.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  requestId: string;
  readOnly: boolean;
}

// Seeds (Acme Bakery): R-500 awaiting your reply, R-501 open (no reply yet), R-502 closed with an
// attachment, R-503 awaiting your reply.
const meta: Meta<Args> = {
  title: 'Elements/Request thread',
  component: 'portico-request-thread',
  args: { requestId: 'req_acme_1', readOnly: false },
  render: (args, { loaded }) => {
    const { adapter, session } = loaded.portico as PorticoLoaded;
    return html`<portico-request-thread .adapter=${adapter} .session=${session} request-id=${args.requestId} ?read-only=${args.readOnly}></portico-request-thread>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const AwaitingYourReply: Story = {};
export const Loading: Story = { parameters: portico({ setup: hang('getRequest') }) };
export const Error: Story = { parameters: portico({ setup: fail('getRequest') }) };
export const NotFound: Story = { args: { requestId: 'req_missing' } };
export const OpenWithTheFirm: Story = { args: { requestId: 'req_acme_2' } };
/** Closed, with an attachment to download; replying reopens it. */
export const ClosedWithAttachment: Story = { args: { requestId: 'req_acme_3' } };
export const ReadOnly: Story = { args: { readOnly: true } };
export const Phone: Story = { parameters: portico({ width: 360 }) };
export const LongConversation: Story = {
  parameters: portico({
    setup: (store) => {
      const request = store.db.requests[0];
      for (let i = 0; i < 12; i++) {
        const firm = i % 2 === 0;
        request.messages.push({
          ...request.messages[firm ? 1 : 0],
          id: `more_${i}`,
          body: firm ? `Thanks. One more thing (${i + 1}): could you send the October statement?` : `Sure — attached.\nLet me know if anything is missing.`,
        });
      }
    },
  }),
};
/** A half-written reply left earlier comes back (Dan of Blue Fern Studio, so the tests' drafts stay apart). */
export const DraftRestored: Story = {
  args: { requestId: 'req_bluefern_1' },
  parameters: portico({ contact: 'ct_dan' }),
  render: (args, { loaded }) => {
    const { adapter, session } = loaded.portico as PorticoLoaded;
    localStorage.setItem(draftStorageKey(session?.contact.id, 'reply:req_bluefern_1'), JSON.stringify({ value: { body: 'Yes — it was paid on 3 October from the business account.', attachments: [] }, savedAt: Date.now() }));
    return html`<portico-request-thread .adapter=${adapter} .session=${session} request-id=${args.requestId}></portico-request-thread>`;
  },
};
/** The firm closes requests itself: no Close button. */
export const FirmClosesRequests: Story = { parameters: portico({ preset: 'brightline' }) };
