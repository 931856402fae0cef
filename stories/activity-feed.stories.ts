import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/activity-feed/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  limit: number;
  pageSize: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Activity feed',
  component: 'portico-activity-feed',
  args: { limit: 0, pageSize: 30 },
  render: (args, { loaded }) =>
    html`<portico-activity-feed .adapter=${(loaded.portico as PorticoLoaded).adapter} limit=${args.limit} page-size=${args.pageSize}></portico-activity-feed>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Loading: Story = { parameters: portico({ setup: hang('listActivity') }) };
export const Empty: Story = { parameters: portico({ setup: (store) => (store.db.activity.length = 0) }) };
export const Error: Story = { parameters: portico({ setup: fail('listActivity') }) };
export const OnDashboard: Story = { args: { limit: 4 } };
export const ManyPages: Story = { args: { pageSize: 10 } };
export const Phone: Story = { parameters: portico({ width: 360 }) };
export const FieldServiceFirm: Story = { parameters: portico({ preset: 'brightline' }) };
