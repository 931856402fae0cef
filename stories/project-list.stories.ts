import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/project-list/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

const meta: Meta = {
  title: 'Elements/Project list',
  component: 'portico-project-list',
  render: (_args, { loaded }) => html`<portico-project-list .adapter=${(loaded.portico as PorticoLoaded).adapter}></portico-project-list>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Loading: Story = { parameters: portico({ setup: hang('listProjects') }) };
export const Empty: Story = { parameters: portico({ setup: (store) => (store.db.projects.length = 0) }) };
export const Error: Story = { parameters: portico({ setup: fail('listProjects') }) };
export const Phone: Story = { parameters: portico({ width: 360 }) };
/** An electrician's jobs. */
export const FieldServiceFirm: Story = { parameters: portico({ preset: 'brightline' }) };
/** One finished, one on hold. */
export const EveryStatus: Story = {
  parameters: portico({
    contact: 'ct_chloe',
    setup: (store) => {
      const project = store.db.projects.find((p) => p.id === 'prj_bluefern_3')!;
      project.status = 'on_hold';
    },
  }),
};
export const ManyProjects: Story = {
  parameters: portico({
    setup: (store) => {
      const [first] = store.db.projects;
      for (let i = 0; i < 9; i++) store.db.projects.push({ ...first, id: `prj_more_${i}`, name: `Quarterly accounts Q${(i % 4) + 1} ${2024 + Math.floor(i / 4)}`, progress: (i * 13) % 100, status: i % 3 ? 'active' : 'completed' });
    },
  }),
};
