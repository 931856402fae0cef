/**
 * The entry of `dist/portico.min.js`, for a `<script type="module">` from a CDN. It defines
 * `<portico-portal>` at once (the first screen: shell, sign-in, home) and every other Portico
 * element the moment one appears in the page, loading its code on demand.
 */
import './elements/portal/define.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'portico-activity-feed': () => import('./elements/activity-feed/define.js'),
  'portico-catalogue': () => import('./elements/catalogue/define.js'),
  'portico-comments': () => import('./elements/comments/define.js'),
  'portico-contact': () => import('./elements/contact/define.js'),
  'portico-file-list': () => import('./elements/file-list/define.js'),
  'portico-file-upload': () => import('./elements/file-upload/define.js'),
  'portico-home': () => import('./elements/home/define.js'),
  'portico-invoice-list': () => import('./elements/invoice-list/define.js'),
  'portico-invoice-viewer': () => import('./elements/invoice-viewer/define.js'),
  'portico-login': () => import('./elements/login/define.js'),
  'portico-page': () => import('./elements/page/define.js'),
  'portico-project-list': () => import('./elements/project-list/define.js'),
  'portico-project-viewer': () => import('./elements/project-viewer/define.js'),
  'portico-quote-list': () => import('./elements/quote-list/define.js'),
  'portico-quote-viewer': () => import('./elements/quote-viewer/define.js'),
  'portico-request-form': () => import('./elements/request-form/define.js'),
  'portico-request-list': () => import('./elements/request-list/define.js'),
  'portico-request-thread': () => import('./elements/request-thread/define.js'),
  'portico-rich-text': () => import('./elements/rich-text/define.js'),
  'portico-signature-pad': () => import('./elements/signature-pad/define.js'),
  'portico-task-list': () => import('./elements/task-list/define.js'),
};

function discover(root: ParentNode) {
  for (const [tag, load] of Object.entries(loaders)) {
    if (!customElements.get(tag) && root.querySelector(tag)) void load();
  }
}

if (typeof document !== 'undefined') {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node.parentNode ?? document);
  }).observe(document.documentElement, { subtree: true, childList: true });
}

export * from './elements/portal/define.js';
