import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/project-viewer/define.js';
import type { PortalStore } from '../src/mocks/store.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  projectId: string;
}

// Seeds (Acme Bakery): prj_acme_1 with shared time logs, invoices, a quote and files; prj_acme_2
// without time logs; prj_acme_3 planned.
const meta: Meta<Args> = {
  title: 'Elements/Project viewer',
  component: 'portico-project-viewer',
  args: { projectId: 'prj_acme_1' },
  render: (args, { loaded }) => html`<portico-project-viewer .adapter=${(loaded.portico as PorticoLoaded).adapter} project-id=${args.projectId}></portico-project-viewer>`,
};
export default meta;
type Story = StoryObj<Args>;

function emptyProject(store: PortalStore) {
  const project = store.db.projects.find((p) => p.id === 'prj_acme_3')!;
  Object.assign(project, { milestones: [], invoiceIds: [], quoteIds: [], fileIds: [], progress: 0 });
  for (const invoice of store.db.invoices) if (invoice.projectId === project.id) delete invoice.projectId;
}

export const WithTimeLogs: Story = {};
export const Loading: Story = { parameters: portico({ setup: hang('getProject') }) };
export const Error: Story = { parameters: portico({ setup: fail('getProject') }) };
export const NotFound: Story = { args: { projectId: 'prj_missing' } };
export const WithoutTimeLogs: Story = { args: { projectId: 'prj_acme_2' } };
export const Planned: Story = { args: { projectId: 'prj_acme_3' } };
export const Completed: Story = { args: { projectId: 'prj_bluefern_2' }, parameters: portico({ contact: 'ct_chloe' }) };
/** A new project with nothing to show yet. */
export const Empty: Story = { args: { projectId: 'prj_acme_3' }, parameters: portico({ setup: emptyProject }) };
/** The invoices could not load: the rest of the project stays, with a retry for them. */
export const InvoicesFailed: Story = { parameters: portico({ setup: fail('listInvoices') }) };
export const Phone: Story = { parameters: portico({ width: 360 }) };
/** An electrician's job, with its address. */
export const FieldServiceJob: Story = { parameters: portico({ preset: 'brightline' }) };
