import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/login/define.js';
import { PortalError } from '../src/sdk/errors.js';
import { hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  notice: string;
  linkError: '' | 'link_used' | 'link_expired';
}

const meta: Meta<Args> = {
  title: 'Portal/Login',
  component: 'portico-login',
  args: { notice: '', linkError: '' },
  argTypes: { linkError: { control: 'select', options: ['', 'link_used', 'link_expired'] } },
  parameters: portico({ contact: null }),
  render: (args, { loaded }) =>
    html`<portico-login
      .adapter=${(loaded.portico as PorticoLoaded).adapter}
      .notice=${args.notice || undefined}
      .linkError=${args.linkError ? new PortalError('validation', 'link', { code: args.linkError }) : undefined}
    ></portico-login>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const SessionExpired: Story = { args: { notice: 'Your session has expired. Please sign in again.' } };
export const MagicLinkUsed: Story = { args: { linkError: 'link_used' } };
export const SmsAndWhatsApp: Story = { parameters: portico({ contact: null, preset: 'brightline' }) };
export const Loading: Story = { parameters: portico({ contact: null, setup: hang('getConfig') }) };
export const Phone: Story = { parameters: portico({ contact: null, width: 360 }) };
