import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/comments/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

const meta: Meta<{ readOnly: boolean }> = {
  title: 'Elements/Comments',
  component: 'portico-comments',
  args: { readOnly: false },
  render: (args, { loaded }) => {
    const { adapter, session } = loaded.portico as PorticoLoaded;
    return html`<portico-comments .adapter=${adapter} .session=${session} record-type="invoice" record-id="INV-1030" ?read-only=${args.readOnly}></portico-comments>`;
  },
};
export default meta;
type Story = StoryObj<{ readOnly: boolean }>;

export const Default: Story = {};
export const NoComments: Story = { parameters: portico({ setup: (store) => (store.db.comments.length = 0) }) };
export const ReadOnly: Story = { args: { readOnly: true } };
export const Loading: Story = { parameters: portico({ setup: hang('listComments') }) };
export const Error: Story = { parameters: portico({ setup: fail('listComments') }) };
export const SendFails: Story = { parameters: portico({ setup: (store) => store.faults.fail('addComment', { kind: 'network' }) }) };
export const Phone: Story = { parameters: portico({ width: 360 }) };
