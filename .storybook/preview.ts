import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { loadPortico, type PorticoParameters } from '../stories/support/portico.js';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  loaders: [async ({ parameters }) => ({ portico: await loadPortico(parameters.portico as PorticoParameters) })],
  decorators: [
    (story, { parameters }) => {
      const width = (parameters.portico as PorticoParameters | undefined)?.width;
      return width ? html`<div style="max-width:${width}px;border:1px dashed #9ca3af;padding:8px">${story()}</div>` : story();
    },
  ],
};
export default preview;
