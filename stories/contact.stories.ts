import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/contact/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

const meta: Meta = {
  title: 'Elements/Contact',
  component: 'portico-contact',
  render: (_, { loaded }) => {
    const { adapter, session } = loaded.portico as PorticoLoaded;
    return html`<portico-contact .adapter=${adapter} .session=${session}></portico-contact>`;
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const FieldServiceFirm: Story = { parameters: portico({ preset: 'brightline' }) };
export const Loading: Story = { parameters: portico({ setup: hang('getConfig') }) };
export const Error: Story = { parameters: portico({ setup: fail('getConfig') }) };
export const Phone: Story = { parameters: portico({ width: 360 }) };
