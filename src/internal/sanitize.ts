/**
 * The one way backend HTML reaches the screen: DOMPurify with a rich-content allow-list, and
 * links forced safe (http(s), mailto and tel only; external ones open in a new tab with
 * rel="noopener noreferrer"). Returns a DocumentFragment, so no HTML string is ever assigned to
 * `innerHTML` by Portico (CSP and Trusted Types stay happy). Loaded on demand with the views that
 * show rich content, so DOMPurify is not part of the first screen.
 */
import DOMPurify from 'dompurify';

const purify = DOMPurify(window);

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code',
  'strong', 'b', 'em', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'span', 'div',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img', 'figure', 'figcaption',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
];
const ALLOWED_ATTR = ['href', 'title', 'alt', 'src', 'width', 'height', 'colspan', 'rowspan', 'scope', 'lang', 'dir'];
const SAFE_LINK = /^(?:https?:|mailto:|tel:|#)/i;
const SAFE_IMAGE = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp);base64,)/i;

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href')?.trim() ?? '';
    if (!SAFE_LINK.test(href)) {
      node.removeAttribute('href');
      return;
    }
    let external = false;
    try {
      external = /^https?:/i.test(href) && new URL(href, location.href).origin !== location.origin;
    } catch {
      node.removeAttribute('href');
      return;
    }
    if (external) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
  if (node.tagName === 'IMG') {
    const src = node.getAttribute('src')?.trim() ?? '';
    if (!SAFE_IMAGE.test(src)) node.remove();
    else node.setAttribute('loading', 'lazy');
  }
});

/** Sanitized rich content, ready to append. Scripts, handlers, styles, forms and unsafe URLs are gone. */
export function sanitizeHtml(dirty: string): DocumentFragment {
  return purify.sanitize(dirty, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
