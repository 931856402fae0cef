import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/portal/define.js';
import '../src/elements/login/define.js';
import '../src/elements/home/define.js';
import '../src/elements/invoice-list/define.js';
import '../src/elements/file-upload/define.js';
import '../src/elements/catalogue/define.js';
import { brandTokens } from '../src/internal/color.js';
import type { AppearanceVariables } from '../src/elements/portal/portal.js';
import { getDefaultSessionStore } from '../src/sdk/session.js';
import type { PorticoLoaded } from './support/portico.js';

type Args = Required<Pick<AppearanceVariables, 'colorPrimary' | 'colorText' | 'colorBackground' | 'colorSurface' | 'borderRadius' | 'fontFamily' | 'spacingUnit'>>;

// Empty values are left to the theme (light or dark from the toolbar).
const tokens = (args: Args) =>
  Object.fromEntries(
    Object.entries({
      ...(args.colorPrimary ? brandTokens(args.colorPrimary) : {}),
      '--portico-color-text': args.colorText,
      '--portico-color-background': args.colorBackground,
      '--portico-color-surface': args.colorSurface,
      '--portico-radius': args.borderRadius,
      '--portico-font-family': args.fontFamily,
      '--portico-space-unit': args.spacingUnit,
    }).filter(([, value]) => value),
  );

/**
 * Edit the `appearance` variables in the Controls panel: every element below updates live. The same
 * variables go into `<portico-portal>.appearance = { variables }`, or onto any ancestor as
 * `--portico-*` custom properties.
 */
const meta: Meta<Args> = {
  title: 'Theming',
  args: {
    colorPrimary: '#0f766e',
    colorText: '',
    colorBackground: '',
    colorSurface: '',
    borderRadius: '10px',
    fontFamily: 'system-ui, sans-serif',
    spacingUnit: '4px',
  },
  argTypes: {
    colorPrimary: { control: 'color' },
    colorText: { control: 'color' },
    colorBackground: { control: 'color' },
    colorSurface: { control: 'color' },
    fontFamily: { control: 'select', options: ['system-ui, sans-serif', 'Georgia, serif', '"Courier New", monospace', 'Inter, sans-serif'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A gallery of elements, each styled only by the tokens set on their container. */
export const EveryElement: Story = {
  render: (args, { loaded }) => {
    const { adapter, session, store } = loaded.portico as PorticoLoaded;
    const config = store.getConfig(session?.token);
    return html`<div style=${styleMap({ ...tokens(args), display: 'grid', gap: '24px' })}>
      <portico-login .adapter=${adapter} .config=${config}></portico-login>
      <portico-home .adapter=${adapter} .session=${session} .config=${config}></portico-home>
      <portico-invoice-list .adapter=${adapter} .config=${config}></portico-invoice-list>
      <portico-catalogue .adapter=${adapter} .config=${config}></portico-catalogue>
      <portico-file-upload .adapter=${adapter} .config=${config}></portico-file-upload>
    </div>`;
  },
};

/** The whole portal with `appearance`, as a firm would set it. */
export const WholePortal: Story = {
  render: (args, { loaded }) => {
    const { session } = loaded.portico as PorticoLoaded;
    if (session) getDefaultSessionStore().set(session);
    const variables = Object.fromEntries(Object.entries(args).filter(([, value]) => value));
    return html`<portico-portal api-base="/portal-api" routing="memory" .appearance=${{ variables }}></portico-portal>`;
  },
};
