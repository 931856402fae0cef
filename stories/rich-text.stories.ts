import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/rich-text/define.js';
import type { PorticoLoaded } from './support/portico.js';

interface Args {
  content: string;
  mergeTags: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Rich text',
  component: 'portico-rich-text',
  args: {
    content: '<h2>How we work with {{company.name}}</h2><p>Hello {{contact.name}}, you have {{invoice.due}} to pay.</p><ul><li>Records by the 7th</li><li>Reports by the 20th</li></ul><p><a href="https://example.com">Our website</a></p>',
    mergeTags: true,
  },
  render: (args, { loaded }) => {
    const { adapter, session } = loaded.portico as PorticoLoaded;
    return html`<portico-rich-text .adapter=${adapter} .session=${session} .content=${args.content} ?merge-tags=${args.mergeTags}></portico-rich-text>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const HostileContent: Story = {
  args: { content: '<p>Safe text</p><img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">bad link</a><a href="https://example.com">good link</a>' },
};
export const TableAndImage: Story = {
  args: { content: '<table><thead><tr><th>Deadline</th><th>What</th></tr></thead><tbody><tr><td>31 Jan</td><td>Self-assessment</td></tr></tbody></table>', mergeTags: false },
};
