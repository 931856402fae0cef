import { expect } from '@open-wc/testing';
import { brandTokens, contrast, parseHex, readableOn, textOn, toHex } from '../../src/internal/color.js';

describe('brand colours', () => {
  it('pick a text colour with at least 4.5:1 contrast on any brand colour where one exists', () => {
    let checked = 0;
    for (let r = 0; r < 256; r += 17) {
      for (let g = 0; g < 256; g += 17) {
        for (let b = 0; b < 256; b += 17) {
          const bg: [number, number, number] = [r, g, b];
          const best = Math.max(contrast(bg, [255, 255, 255]), contrast(bg, [17, 24, 39]));
          const chosen = contrast(textOn(bg), bg);
          expect(chosen, toHex(bg)).to.equal(best);
          if (best >= 4.5) expect(chosen).to.be.at.least(4.5);
          checked++;
        }
      }
    }
    expect(checked).to.equal(16 ** 3);
  });

  it('gives amber dark text and blue white text', () => {
    expect(brandTokens('#f59e0b')['--portico-color-on-primary']).to.equal('#111827');
    expect(brandTokens('#1d4ed8')['--portico-color-on-primary']).to.equal('#ffffff');
  });

  it('darkens or lightens a link colour until it reads on the surface', () => {
    const amber = parseHex('#f59e0b')!;
    const onWhite = readableOn(amber, [255, 255, 255]);
    expect(contrast(onWhite, [255, 255, 255])).to.be.at.least(4.5);
    const onDark = readableOn(parseHex('#1e3a8a')!, parseHex('#18181b')!);
    expect(contrast(onDark, parseHex('#18181b')!)).to.be.at.least(4.5);
    expect(brandTokens('#f59e0b')['--portico-color-link']).to.match(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
  });

  it('ignores what is not a hex colour', () => {
    expect(brandTokens('red; background: url(x)')).to.deep.equal({});
    expect(parseHex('#abc')).to.deep.equal([170, 187, 204]);
  });
});
