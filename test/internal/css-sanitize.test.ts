import { expect } from '@open-wc/testing';
import { sanitizeCss } from '../../src/internal/css-sanitize.js';

const origin = 'https://portal.example';

describe('sanitizeCss (the firm’s custom CSS)', () => {
  it('keeps ordinary style rules, media and supports blocks', () => {
    const css = sanitizeCss('nav a { color: rgb(200, 0, 0); font-weight: 700 !important } @media (max-width: 600px) { .brand { display: none } } @supports (display: grid) { main { gap: 4px } }', origin);
    expect(css).to.contain('nav a { color: rgb(200, 0, 0); font-weight: 700 !important; }');
    expect(css).to.contain('@media (max-width: 600px) { .brand { display: none; } }');
    expect(css).to.contain('@supports (display: grid)');
  });

  it('drops @import, @font-face, @namespace and other at-rules', () => {
    const css = sanitizeCss('@import url(https://evil.example/x.css); @font-face { font-family: X; src: url(https://evil.example/f.woff2) } @namespace svg url(http://www.w3.org/2000/svg); @keyframes k { from { background: url(https://evil.example/k) } } p { color: blue }', origin);
    expect(css).to.not.match(/@import|@font-face|@namespace|@keyframes|evil/);
    expect(css).to.contain('p { color: blue; }');
  });

  it('drops url() to other origins but keeps our own and data images', () => {
    const css = sanitizeCss(".a { background: url(https://evil.example/track.png) } .b { background-image: url('/img/logo.png') } .c { background: url(data:image/png;base64,iVBORw0KGgo=) } .d { background: url(//evil.example/x) } .e { background-image: image-set('https://evil.example/x.png' 1x) }", origin);
    expect(css).to.not.contain('evil');
    expect(css).to.contain('.b {');
    expect(css).to.contain('.c {');
  });

  it('drops expression(), behavior, -moz-binding and javascript:', () => {
    const css = sanitizeCss('.a { width: expression(alert(1)) } .b { behavior: url(x.htc) } .c { -moz-binding: url(x.xml#y) } .d { background: url(javascript:alert(1)) } .e { color: green }', origin);
    expect(css).to.not.match(/expression|behavior|binding|javascript/);
    expect(css).to.contain('.e { color: green; }');
  });

  it('never lets the portal style the page or escape its box', () => {
    const css = sanitizeCss(':host { position: fixed; inset: 0; z-index: 99999 } :root { --x: 1 } html, body { display: none } :host-context(body) nav { color: red } .overlay { position: fixed; top: 0 } .ok { position: relative }', origin);
    expect(css).to.not.match(/:host|:root|html|body|fixed/);
    expect(css).to.contain('.ok { position: relative; }');
  });

  it('cannot be broken out of with markup or comments', () => {
    const css = sanitizeCss('</style><script>window.__xss=1</script> p { color: red } /* */ } } .x { color: blue }', origin);
    expect(css).to.not.contain('<');
    expect(css).to.not.contain('script');
  });

  it('returns nothing for nonsense', () => {
    expect(sanitizeCss('}}}{{{', origin)).to.equal('');
  });
});
