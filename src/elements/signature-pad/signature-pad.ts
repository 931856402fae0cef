import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { PorticoElement } from '../../internal/portico-element.js';
import type { Signature } from '../../sdk/schemas.js';
import { styles } from './signature-pad.styles.js';

interface Point {
  x: number;
  y: number;
  /** Pen pressure 0–1 (0.5 for mouse and touch). */
  p: number;
}

type Mode = 'typed' | 'drawn';

let nextId = 0;

/**
 * A signature: the signer's full name, signed either as typed text or drawn on a canvas with a
 * mouse, a finger or a pen (Pointer Events, pen pressure respected). Keyboard and screen-reader
 * users type their name instead; the drawing area says so. The drawn signature is sent as a PNG
 * data URL. `value` is the `Signature` record a decision needs, or `undefined` while incomplete.
 *
 * @summary Type or draw a signature.
 * @tag portico-signature-pad
 *
 * @event change - The signature changed (typing, a stroke, Clear, switching between type and draw). Read `value`.
 *
 * @csspart name - The full-name input.
 * @csspart modes - The switch between typing and drawing.
 * @csspart paper - The area the signature appears on.
 * @csspart canvas - The drawing canvas.
 * @csspart clear - The Clear button.
 * @csspart error - The validation message.
 *
 * @cssproperty --portico-signature-paper - Background of the signing area (default white in both themes).
 * @cssproperty --portico-signature-ink - Colour of the signature (default near-black in both themes).
 * @cssproperty --portico-signature-font - Font of a typed signature (default a script font).
 * @cssproperty --portico-signature-height - Height of the drawing area (default 10rem).
 */
@localized()
export class PorticoSignaturePad extends PorticoElement {
  static override styles = [PorticoElement.styles, styles];

  /** The accessible name of the whole control (its legend). Default "Your signature". */
  @property() label?: string;

  /** Sign by typing the name (`typed`, the default) or by drawing (`drawn`). */
  @property({ reflect: true }) mode: Mode = 'typed';

  /** No input is possible (read-only previews, while a decision is being sent). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A validation message to show (set by `reportValidity()`, or by the host). Cleared on the next change. */
  @property() error?: string;

  @state() private name = '';
  @state() private inked = false;

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('input[part="name"]') private nameInput?: HTMLInputElement;

  #id = `sig-${++nextId}`;
  #strokes: Point[][] = [];
  #active?: { pointerId: number; stroke: Point[] };
  #restored?: HTMLImageElement;
  #image?: string;
  #resizeObserver?: ResizeObserver;

  /**
   * The signature, or `undefined` while incomplete (no name, or nothing drawn). Setting it restores
   * a signature (a draft kept by the host): the name, the mode and, for a drawn one, its image.
   */
  get value(): Signature | undefined {
    const name = this.name.trim();
    if (!name) return undefined;
    if (this.mode === 'typed') return { kind: 'typed', name };
    const image = this.#image ?? this.#exportImage();
    return image ? { kind: 'drawn', name, image } : undefined;
  }

  set value(signature: Signature | undefined) {
    const old = this.value;
    this.#strokes = [];
    this.#active = undefined;
    this.#restored = undefined;
    this.#image = undefined;
    this.inked = false;
    this.name = signature?.name ?? '';
    if (signature?.kind === 'drawn') {
      this.mode = 'drawn';
      this.#image = signature.image;
      this.inked = true;
      const image = new Image();
      image.onload = () => {
        if (this.#image === signature.image) {
          this.#restored = image;
          this.#redraw();
        }
      };
      image.src = signature.image;
    } else if (signature) {
      this.mode = 'typed';
    }
    this.#redraw();
    this.requestUpdate('value', old);
  }

  /** True when a complete signature is given. */
  checkValidity(): boolean {
    return !!this.value;
  }

  /** Like a form control: shows what is missing, moves focus there, and says whether the signature is complete. */
  reportValidity(): boolean {
    if (!this.name.trim()) {
      this.error = msg('Type your full name to sign.');
      this.updateComplete.then(() => this.nameInput?.focus());
      return false;
    }
    if (this.mode === 'drawn' && !this.inked) {
      this.error = msg('Draw your signature in the box, or choose Type to sign with your name.');
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[value="drawn"]')?.focus());
      return false;
    }
    this.error = undefined;
    return true;
  }

  /** Removes the drawing (the name stays). */
  clear(): void {
    this.#strokes = [];
    this.#restored = undefined;
    this.#image = undefined;
    this.inked = false;
    this.#redraw();
    this.#changed();
  }

  override focus(options?: FocusOptions): void {
    this.nameInput?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.#resizeObserver = new ResizeObserver(() => this.#fitCanvas());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.canvas) {
      this.#resizeObserver?.disconnect();
      this.#resizeObserver?.observe(this.canvas);
      this.#fitCanvas();
    }
  }

  #changed() {
    if (this.error) this.error = undefined;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #onName(event: Event) {
    this.name = (event.target as HTMLInputElement).value;
    this.#changed();
  }

  #onMode(event: Event) {
    this.mode = (event.target as HTMLInputElement).value as Mode;
    this.#changed();
  }

  // --- Drawing ------------------------------------------------------------------------------------

  /** Matches the canvas's pixels to its size on screen (synchronously: no frame needed). */
  #fitCanvas(): boolean {
    const canvas = this.canvas;
    if (!canvas) return false;
    const rect = canvas.getBoundingClientRect();
    if (!rect.width || !rect.height) return false;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(rect.width * ratio);
    const height = Math.round(rect.height * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      this.#redraw();
    }
    return true;
  }

  #context(): CanvasRenderingContext2D | undefined {
    const canvas = this.canvas;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return undefined;
    const ratio = canvas.width / (canvas.getBoundingClientRect().width || canvas.width || 1);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = context.fillStyle = getComputedStyle(canvas).color || 'black';
    return context;
  }

  #redraw() {
    const canvas = this.canvas;
    const context = this.#context();
    if (!canvas || !context) return;
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (this.#restored) context.drawImage(this.#restored, 0, 0, canvas.width, canvas.height);
    context.restore();
    for (const stroke of this.#strokes) {
      stroke.forEach((point, i) => this.#segment(context, stroke[i - 1] ?? point, point));
    }
  }

  #segment(context: CanvasRenderingContext2D, from: Point, to: Point) {
    const width = 1.2 + to.p * 2.6;
    if (from === to) {
      context.beginPath();
      context.arc(to.x, to.y, width / 2, 0, Math.PI * 2);
      context.fill();
      return;
    }
    context.lineWidth = width;
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
    context.stroke();
  }

  #point(event: PointerEvent): Point {
    const rect = this.canvas!.getBoundingClientRect();
    // Mouse and touch report 0 or 0.5; only a pen's pressure varies the line.
    const p = event.pointerType === 'pen' && event.pressure > 0 ? event.pressure : 0.5;
    return { x: event.clientX - rect.left, y: event.clientY - rect.top, p };
  }

  #onPointerDown(event: PointerEvent) {
    if (this.disabled || this.#active) return;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (!this.#fitCanvas()) return;
    event.preventDefault();
    try {
      this.canvas!.setPointerCapture(event.pointerId);
    } catch {
      /* synthetic or already released pointer: drawing still works inside the canvas */
    }
    const stroke = [this.#point(event)];
    this.#active = { pointerId: event.pointerId, stroke };
    this.#strokes.push(stroke);
    const context = this.#context();
    if (context) this.#segment(context, stroke[0], stroke[0]);
  }

  #onPointerMove(event: PointerEvent) {
    const active = this.#active;
    if (!active || event.pointerId !== active.pointerId) return;
    event.preventDefault();
    const context = this.#context();
    const events = typeof event.getCoalescedEvents === 'function' && event.getCoalescedEvents().length ? event.getCoalescedEvents() : [event];
    for (const each of events) {
      const point = this.#point(each);
      const last = active.stroke.at(-1)!;
      active.stroke.push(point);
      if (context) this.#segment(context, last, point);
    }
  }

  #onPointerUp(event: PointerEvent) {
    const active = this.#active;
    if (!active || event.pointerId !== active.pointerId) return;
    this.#active = undefined;
    this.#image = this.#exportImage();
    this.inked = true;
    this.#changed();
  }

  /** The drawing as a PNG data URL, cropped to the ink (a restored image is kept whole). */
  #exportImage(): string | undefined {
    const canvas = this.canvas;
    if (!canvas || (!this.#strokes.length && !this.#restored)) return undefined;
    const points = this.#strokes.flat();
    if (this.#restored || !points.length) return canvas.toDataURL('image/png');
    const ratio = canvas.width / (canvas.getBoundingClientRect().width || canvas.width || 1);
    const margin = 8;
    const left = Math.max(0, Math.floor((Math.min(...points.map((p) => p.x)) - margin) * ratio));
    const top = Math.max(0, Math.floor((Math.min(...points.map((p) => p.y)) - margin) * ratio));
    const right = Math.min(canvas.width, Math.ceil((Math.max(...points.map((p) => p.x)) + margin) * ratio));
    const bottom = Math.min(canvas.height, Math.ceil((Math.max(...points.map((p) => p.y)) + margin) * ratio));
    if (right <= left || bottom <= top) return canvas.toDataURL('image/png');
    const cropped = document.createElement('canvas');
    cropped.width = right - left;
    cropped.height = bottom - top;
    cropped.getContext('2d')?.drawImage(canvas, left, top, cropped.width, cropped.height, 0, 0, cropped.width, cropped.height);
    return cropped.toDataURL('image/png');
  }

  // --- Rendering ----------------------------------------------------------------------------------

  override render() {
    const errorId = `${this.#id}-error`;
    const hintId = `${this.#id}-hint`;
    const drawn = this.mode === 'drawn';
    return html`<fieldset ?disabled=${this.disabled} aria-describedby=${this.error ? errorId : nothing}>
      <legend>${this.label ?? msg('Your signature')}</legend>
      <div class="field">
        <label for="${this.#id}-name">${msg('Full name')}</label>
        <input
          id="${this.#id}-name"
          part="name"
          type="text"
          autocomplete="name"
          spellcheck="false"
          required
          .value=${this.name}
          aria-invalid=${this.error && !this.name.trim() ? 'true' : 'false'}
          aria-describedby=${this.error ? errorId : nothing}
          @input=${this.#onName}
        />
      </div>
      <div class="modes" part="modes" role="radiogroup" aria-label=${msg('How to sign')}>
        <label><input type="radio" name="${this.#id}-mode" value="typed" .checked=${!drawn} @change=${this.#onMode} />${msg('Type')}</label>
        <label><input type="radio" name="${this.#id}-mode" value="drawn" .checked=${drawn} @change=${this.#onMode} />${msg('Draw')}</label>
      </div>
      ${drawn
        ? html`<div class="paper" part="paper" ?data-disabled=${this.disabled}>
              <canvas
                part="canvas"
                role="img"
                aria-label=${this.inked ? msg('Your drawn signature') : msg('Signature drawing area, empty')}
                aria-describedby=${hintId}
                @pointerdown=${this.#onPointerDown}
                @pointermove=${this.#onPointerMove}
                @pointerup=${this.#onPointerUp}
                @pointercancel=${this.#onPointerUp}
                @lostpointercapture=${this.#onPointerUp}
              ></canvas>
              ${this.inked ? nothing : html`<span class="draw-hint" aria-hidden="true">${msg('Sign here')}</span>`}
            </div>
            <div class="tools">
              <button class="btn" part="clear" type="button" ?disabled=${this.disabled || !this.inked} @click=${() => this.clear()}>${msg('Clear')}</button>
              <span class="hint" id=${hintId}>${msg('Draw with a mouse, a finger or a pen. Can’t draw here? Choose Type to sign with your typed name.')}</span>
            </div>`
        : html`<div class="paper" part="paper">
            <div class="preview" aria-hidden="true">
              ${this.name.trim() ? this.name : html`<span class="placeholder">${msg('Your typed name appears here as your signature')}</span>`}
            </div>
          </div>`}
      ${this.error ? html`<p class="field-error" part="error" id=${errorId} role="alert">${this.error}</p>` : nothing}
    </fieldset>`;
  }
}
