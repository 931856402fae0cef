import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/portal/define.js';
import { getDefaultSessionStore } from '../src/sdk/session.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  theme: 'auto' | 'light' | 'dark';
  locale: string;
  readOnly: boolean;
  colorPrimary: string;
  borderRadius: string;
  fontFamily: string;
}

const meta: Meta<Args> = {
  title: 'Portal/Portal',
  component: 'portico-portal',
  args: { theme: 'light', locale: '', readOnly: false, colorPrimary: '', borderRadius: '', fontFamily: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    colorPrimary: { control: 'color' },
  },
  render: (args, { loaded }) => {
    const { session } = loaded.portico as PorticoLoaded;
    // The portal keeps its session in the shared store: sign in (or out) as the story asks.
    if (session) getDefaultSessionStore().set(session);
    else getDefaultSessionStore().clear();
    const variables = Object.fromEntries(Object.entries({ colorPrimary: args.colorPrimary, borderRadius: args.borderRadius, fontFamily: args.fontFamily }).filter(([, v]) => v));
    return html`<portico-portal
      api-base="/portal-api"
      routing="memory"
      theme=${args.theme}
      locale=${args.locale || nothing}
      ?read-only=${args.readOnly}
      .appearance=${{ variables }}
    ></portico-portal>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const SignedIn: Story = {};
export const SignedOut: Story = { parameters: portico({ contact: null }) };
export const Dark: Story = { args: { theme: 'dark' } };
export const ReadOnlyPreview: Story = { args: { readOnly: true } };
export const Phone: Story = { parameters: portico({ width: 360 }) };
export const FieldServiceFirm: Story = { parameters: portico({ preset: 'brightline' }) };
export const CustomAppearance: Story = { args: { colorPrimary: '#0f766e', borderRadius: '2px', fontFamily: 'Georgia, serif' } };
export const French: Story = { args: { locale: 'fr-FR' } };
export const ArabicRightToLeft: Story = { args: { locale: 'ar' } };
export const Loading: Story = { parameters: portico({ contact: null, setup: hang('getConfig') }) };
export const ConfigError: Story = { parameters: portico({ contact: null, setup: fail('getConfig') }) };
