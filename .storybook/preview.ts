import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { loadPortico, type PorticoParameters } from '../stories/support/portico.js';
import { brandTokens } from '../src/internal/color.js';

// Autodocs (attributes, properties, events, slots, parts, CSS properties) come from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { story: { inline: true, height: '520px' } },
  },
  globalTypes: {
    theme: {
      description: 'Light or dark',
      toolbar: { title: 'Theme', icon: 'mirror', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
    brand: {
      description: 'Brand preset (the firm’s data and colour)',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: [
          { value: 'harbor', title: 'Harbor & Pine (blue)' },
          { value: 'brightline', title: 'Brightline (amber)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language and formats',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English (UK)' },
          { value: 'en-US', title: 'English (US)' },
          { value: 'fr-FR', title: 'Français' },
          { value: 'de-DE', title: 'Deutsch' },
          { value: 'es-ES', title: 'Español' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: [{ value: 'ltr', title: 'Left to right' }, { value: 'rtl', title: 'Right to left' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', brand: 'harbor', locale: 'en-GB', direction: 'ltr' },
  loaders: [
    async ({ parameters, globals }) => {
      const params = (parameters.portico ?? {}) as PorticoParameters;
      return { portico: await loadPortico({ ...params, preset: params.preset ?? globals.brand }) };
    },
  ],
  decorators: [
    (story, { parameters, globals }) => {
      const params = (parameters.portico ?? {}) as PorticoParameters;
      document.documentElement.lang = globals.locale;
      const primary = (params.preset ?? globals.brand) === 'brightline' ? '#f59e0b' : '#1d4ed8';
      const styles = {
        ...brandTokens(primary),
        colorScheme: globals.theme,
        background: 'var(--portico-color-background, light-dark(#f3f4f6, #09090b))',
        padding: '16px',
        maxWidth: params.width ? `${params.width}px` : undefined,
      };
      return html`<div dir=${globals.direction} lang=${globals.locale} style=${styleMap(styles)}>${story()}</div>`;
    },
  ],
};
export default preview;
