import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/file-list/define.js';
import { fail, hang, portico, type PorticoLoaded } from './support/portico.js';

interface Args {
  file: string;
  q: string;
  sort: string;
  readOnly: boolean;
  locale: string;
}

const meta: Meta<Args> = {
  title: 'Elements/File list',
  component: 'portico-file-list',
  args: { file: '', q: '', sort: 'date', readOnly: false, locale: 'en-GB' },
  argTypes: { sort: { control: 'select', options: ['date', 'name', 'size'] } },
  render: (args, { loaded }) => {
    const { adapter, session } = loaded.portico as PorticoLoaded;
    return html`<portico-file-list
      .adapter=${adapter}
      .session=${session}
      file=${args.file}
      q=${args.q}
      sort=${args.sort}
      locale=${args.locale}
      ?read-only=${args.readOnly}
    ></portico-file-list>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Acme Bakery at Harbor & Pine: files go both ways. */
export const BothWays: Story = {};
/** Blue Fern Studio at Harbor & Pine: the client may upload; the firm's files are not downloadable. */
export const UploadOnly: Story = { parameters: portico({ contact: 'ct_chloe' }) };
/** Brightline Electrical: files come from the firm only. */
export const DownloadOnly: Story = { parameters: portico({ preset: 'brightline' }) };
export const Highlighted: Story = { args: { file: 'file_4' } };
export const Searched: Story = { args: { q: 'plan' } };
export const NoMatch: Story = { args: { q: 'holiday photos' } };
export const SortedBySize: Story = { args: { sort: 'size' } };
export const ReadOnly: Story = { args: { readOnly: true } };
export const Loading: Story = { parameters: portico({ setup: hang('listFiles') }) };
export const Empty: Story = { parameters: portico({ setup: (store) => (store.db.files.length = 0) }) };
export const EmptyDownloadOnly: Story = { parameters: portico({ preset: 'brightline', setup: (store) => (store.db.files.length = 0) }) };
export const Error: Story = { parameters: portico({ setup: fail('listFiles') }) };
export const HostileNames: Story = {
  parameters: portico({
    setup: (store) =>
      store.db.files.push({
        id: 'file_hostile',
        name: '<img src=x onerror=alert(1)>.pdf',
        mimeType: 'application/pdf',
        size: 1200,
        createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        uploadedBy: 'firm',
        companyId: 'co_acme',
        content: '%PDF-1.4',
      }),
  }),
};
export const Phone: Story = { parameters: portico({ width: 360 }) };
export const PhoneUploadOnly: Story = { parameters: portico({ width: 360, contact: 'ct_chloe' }) };
