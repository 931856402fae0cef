import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/file-upload/define.js';
import { portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  readOnly: boolean;
  label: string;
}

const meta: Meta<Args> = {
  title: 'Elements/File upload',
  component: 'portico-file-upload',
  args: { readOnly: false, label: 'Drag files here' },
  render: (args, { loaded }) => {
    const { adapter, store, session } = loaded.portico as PorticoLoaded;
    return html`<portico-file-upload .adapter=${adapter} .config=${store.getConfig(session?.token)} ?read-only=${args.readOnly} label=${args.label}></portico-file-upload>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const ReadOnly: Story = { args: { readOnly: true } };
export const DownloadOnlyFirm: Story = { parameters: portico({ preset: 'brightline' }) };
export const SlowNetwork: Story = { parameters: portico({ setup: (store) => store.faults.delay('uploadFile', 3000) }) };
export const FailingServer: Story = { parameters: portico({ setup: (store) => store.faults.fail('uploadFile', { status: 503 }) }) };
export const Phone: Story = { parameters: portico({ width: 360 }) };
