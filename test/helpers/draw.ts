// Drawing on <portico-signature-pad> in tests, the way a mouse, a finger or a pen would.

/** Draws a stroke on the pad's canvas with synthetic Pointer Events (as a mouse, finger or pen would). */
export function drawOn(pad: Element, options: { pointerType?: string; button?: number; points?: [number, number][] } = {}): void {
  const canvas = pad.shadowRoot!.querySelector('canvas')!;
  const rect = canvas.getBoundingClientRect();
  const points = options.points ?? [
    [20, 60],
    [50, 30],
    [80, 70],
    [120, 40],
    [160, 65],
  ];
  const init = (x: number, y: number): PointerEventInit => ({
    pointerId: 7,
    pointerType: options.pointerType ?? 'mouse',
    isPrimary: true,
    button: options.button ?? 0,
    buttons: 1,
    pressure: options.pointerType === 'pen' ? 0.8 : 0.5,
    clientX: rect.left + x,
    clientY: rect.top + y,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const [first, ...rest] = points;
  canvas.dispatchEvent(new PointerEvent('pointerdown', init(...first)));
  for (const point of rest) canvas.dispatchEvent(new PointerEvent('pointermove', init(...point)));
  canvas.dispatchEvent(new PointerEvent('pointerup', init(...points.at(-1)!)));
}

