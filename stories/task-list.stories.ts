import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/task-list/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  task: string;
  readOnly: boolean;
}

// Seeds (Acme Bakery): task_acme_1 bank statements (upload, the firm ticks it off), task_acme_2
// engagement letter (download, sign, upload), task_acme_3 done, task_acme_4 payroll changes,
// task_acme_5 overdue.
const meta: Meta<Args> = {
  title: 'Elements/Task list',
  component: 'portico-task-list',
  args: { task: '', readOnly: false },
  render: (args, { loaded }) =>
    html`<portico-task-list .adapter=${(loaded.portico as PorticoLoaded).adapter} task=${args.task} ?read-only=${args.readOnly}></portico-task-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Loading: Story = { parameters: portico({ setup: hang('listTasks') }) };
export const Empty: Story = { parameters: portico({ setup: (store) => (store.db.tasks.length = 0) }) };
export const Error: Story = { parameters: portico({ setup: fail('listTasks') }) };
/** Arrived from a link to one task: it is highlighted and scrolled to. */
export const Highlighted: Story = { args: { task: 'task_acme_4' } };
export const ReadOnly: Story = { args: { readOnly: true } };
export const Phone: Story = { parameters: portico({ width: 360 }) };
export const AllDone: Story = { parameters: portico({ setup: (store) => store.db.tasks.forEach((t) => Object.assign(t, { status: 'done', completedAt: '2026-11-20T15:00:00Z' })) }) };
/** The firm ticks tasks off itself: no "Mark as done", a sentence saying so. */
export const FirmMarksDone: Story = {
  parameters: portico({ setup: (store) => store.updateConfig((config) => (config.permissions = { ...config.permissions, tasksComplete: false })) }),
};
export const ManyTasks: Story = {
  parameters: portico({
    setup: (store) => {
      const template = store.db.tasks.find((t) => t.companyId === 'co_acme' && t.canComplete && !t.acceptsUploads)!;
      for (let i = 0; i < 20; i++) {
        const day = String((i % 28) + 1).padStart(2, '0');
        store.db.tasks.push({ ...template, id: `task_more_${i}`, title: `Check the receipts for week ${i + 1}`, dueDate: `2027-01-${day}`, uploadIds: [], downloadIds: [] });
      }
    },
  }),
};
