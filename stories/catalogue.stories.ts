import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/catalogue/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

const meta: Meta<{ q: string }> = {
  title: 'Elements/Catalogue',
  component: 'portico-catalogue',
  args: { q: '' },
  render: (args, { loaded }) => html`<portico-catalogue .adapter=${(loaded.portico as PorticoLoaded).adapter} q=${args.q}></portico-catalogue>`,
};
export default meta;
type Story = StoryObj<{ q: string }>;

export const Default: Story = {};
export const FieldServiceFirm: Story = { parameters: portico({ preset: 'brightline' }) };
export const Search: Story = { args: { q: 'tax' } };
export const NoMatch: Story = { args: { q: 'zzz' } };
export const Loading: Story = { parameters: portico({ setup: hang('listCatalogue') }) };
export const Empty: Story = { parameters: portico({ setup: (store) => (store.db.catalogue.length = 0) }) };
export const Error: Story = { parameters: portico({ setup: fail('listCatalogue') }) };
export const Phone: Story = { parameters: portico({ width: 360 }) };
