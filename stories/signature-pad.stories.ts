import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/signature-pad/define.js';
import type { Signature } from '../src/sdk/schemas.js';

interface Args {
  label: string;
  mode: 'typed' | 'drawn';
  disabled: boolean;
  error: string;
  value?: Signature;
  width?: number;
}

/** A drawn signature as the pad would produce it (for the "restored" story). */
function drawnSignature(name: string): Signature {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 90;
  const context = canvas.getContext('2d')!;
  context.lineWidth = 2.5;
  context.lineCap = 'round';
  context.strokeStyle = '#111827';
  context.beginPath();
  context.moveTo(10, 60);
  for (let x = 10; x <= 300; x += 6) context.lineTo(x, 50 - Math.sin(x / 18) * 22 + Math.cos(x / 7) * 6);
  context.stroke();
  return { kind: 'drawn', name, image: canvas.toDataURL('image/png') };
}

const meta: Meta<Args> = {
  title: 'Elements/Signature pad',
  component: 'portico-signature-pad',
  args: { label: 'Your signature', mode: 'typed', disabled: false, error: '' },
  argTypes: { mode: { control: 'inline-radio', options: ['typed', 'drawn'] } },
  render: (args) =>
    html`<div style=${styleMap({ maxWidth: args.width ? `${args.width}px` : undefined })}>
      <portico-signature-pad label=${args.label} mode=${args.mode} ?disabled=${args.disabled} .error=${args.error || undefined} .value=${args.value}></portico-signature-pad>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Typed: Story = {};
export const TypedWithName: Story = { args: { value: { kind: 'typed', name: 'Alice Martin' } } };
export const Drawn: Story = { args: { mode: 'drawn' } };
export const DrawnRestored: Story = { args: { value: drawnSignature('Alice Martin') } };
export const Missing: Story = { args: { error: 'Type your full name to sign.' } };
export const Disabled: Story = { args: { disabled: true, mode: 'drawn' } };
export const Phone: Story = { args: { mode: 'drawn', width: 360 } };
