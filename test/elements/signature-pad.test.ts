import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/signature-pad/define.js';
import type { PorticoSignaturePad } from '../../src/elements/signature-pad/signature-pad.js';
import { assertNoXss, shadowText, XSS_PAYLOADS } from '../helpers/fixtures.js';
import { drawOn } from '../helpers/draw.js';

async function mount(mode: 'typed' | 'drawn' = 'typed') {
  const el = await fixture<PorticoSignaturePad>(html`<portico-signature-pad mode=${mode}></portico-signature-pad>`);
  await el.updateComplete;
  return el;
}

const nameInput = (el: PorticoSignaturePad) => el.shadowRoot!.querySelector<HTMLInputElement>('input[part="name"]')!;

function type(el: PorticoSignaturePad, name: string) {
  const input = nameInput(el);
  input.value = name;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function imageSize(dataUrl: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = reject;
    image.src = dataUrl;
  });
}

describe('<portico-signature-pad>', () => {
  it('is accessible when typing and when drawing, with a name for the whole control', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Your signature');
    el.label = 'Sign to accept';
    el.mode = 'drawn';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Sign to accept');
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('role')).to.equal('img');
    await expect(el).to.be.accessible();
  });

  it('gives a typed signature once a name is typed, with a change event', async () => {
    const el = await mount();
    expect(el.value).to.equal(undefined);
    setTimeout(() => type(el, '  Alice Martin '));
    await oneEvent(el, 'change');
    expect(el.value).to.deep.equal({ kind: 'typed', name: 'Alice Martin' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.preview')!.textContent).to.contain('Alice Martin');
  });

  it('gives a drawn signature as a PNG data URL, drawn with a mouse', async () => {
    const el = await mount('drawn');
    type(el, 'Alice Martin');
    expect(el.value, 'nothing drawn yet').to.equal(undefined);
    setTimeout(() => drawOn(el));
    await oneEvent(el, 'change');
    const value = el.value!;
    expect(value.kind).to.equal('drawn');
    expect(value.name).to.equal('Alice Martin');
    const image = (value as { image: string }).image;
    expect(image).to.match(/^data:image\/png;base64,/);
    // Cropped to the ink (plus a margin), not the whole drawing area.
    const size = await imageSize(image);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(size.width).to.be.greaterThan(0);
    expect(size.width).to.be.lessThan(canvas.width);
  });

  it('draws with a finger and a pen too, but not with a right click', async () => {
    for (const pointerType of ['touch', 'pen']) {
      const el = await mount('drawn');
      type(el, 'Ben Okafor');
      drawOn(el, { pointerType });
      expect(el.value?.kind, pointerType).to.equal('drawn');
    }
    const el = await mount('drawn');
    type(el, 'Ben Okafor');
    drawOn(el, { button: 2 });
    expect(el.value).to.equal(undefined);
  });

  it('clears the drawing and keeps the name', async () => {
    const el = await mount('drawn');
    type(el, 'Alice Martin');
    drawOn(el);
    await el.updateComplete;
    const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear"]')!;
    expect(clear.disabled).to.equal(false);
    setTimeout(() => clear.click());
    await oneEvent(el, 'change');
    expect(el.value).to.equal(undefined);
    expect(nameInput(el).value).to.equal('Alice Martin');
    await el.updateComplete;
    expect(clear.disabled).to.equal(true);
  });

  it('lets keyboard users type instead of drawing', async () => {
    const el = await mount('drawn');
    expect(shadowText(el)).to.match(/Choose Type to sign with your typed name/);
    const typed = el.shadowRoot!.querySelector<HTMLInputElement>('input[value="typed"]')!;
    typed.click();
    await el.updateComplete;
    expect(el.mode).to.equal('typed');
    expect(el.shadowRoot!.querySelector('canvas')).to.not.exist;
    type(el, 'Alice Martin');
    expect(el.value).to.deep.equal({ kind: 'typed', name: 'Alice Martin' });
  });

  it('says what is missing and moves focus there', async () => {
    const el = await mount('drawn');
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    await el.updateComplete;
    expect(shadowText(el)).to.match(/Type your full name to sign/);
    expect(el.shadowRoot!.activeElement === nameInput(el), 'focus on the name').to.equal(true);
    expect(nameInput(el).getAttribute('aria-invalid')).to.equal('true');
    type(el, 'Alice Martin');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]'), 'cleared on change').to.not.exist;
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(shadowText(el)).to.match(/Draw your signature in the box/);
    drawOn(el);
    expect(el.reportValidity()).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
  });

  it('restores a signature it is given (a kept draft)', async () => {
    const source = await mount('drawn');
    type(source, 'Alice Martin');
    drawOn(source);
    const drawn = source.value!;
    const el = await mount();
    el.value = drawn;
    await el.updateComplete;
    expect(el.mode).to.equal('drawn');
    expect(el.value).to.deep.equal(drawn);
    expect(nameInput(el).value).to.equal('Alice Martin');
    el.value = { kind: 'typed', name: 'Ben' };
    await el.updateComplete;
    expect(el.mode).to.equal('typed');
    expect(el.value).to.deep.equal({ kind: 'typed', name: 'Ben' });
  });

  it('takes no input while disabled', async () => {
    const el = await mount('drawn');
    type(el, 'Alice Martin');
    el.disabled = true;
    await el.updateComplete;
    drawOn(el);
    expect(el.value).to.equal(undefined);
    expect(nameInput(el).matches(':disabled')).to.equal(true);
  });

  it('shows a hostile name as text', async () => {
    const el = await mount();
    for (const payload of XSS_PAYLOADS) {
      type(el, payload);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.preview')!.textContent!.trim()).to.equal(payload);
    }
    await new Promise((r) => setTimeout(r, 50));
    assertNoXss(el);
  });
});
