/**
 * The portal's views: which element shows which path, which module must be enabled for it, and
 * how path and query parameters become the element's attributes. Each view's module is loaded on
 * demand, so the first screen carries only the shell, sign-in and home.
 */
import type { ModuleId } from '../../sdk/schemas.js';

export interface ViewRoute {
  /** Path with `:params`, named like the attributes they fill: `/invoices/:invoice-id`. */
  pattern: string;
  /** The module the firm must have enabled; pages are always allowed. */
  module?: ModuleId;
  tag: string;
  load: () => Promise<unknown>;
  /** Fixed attributes (`kind="contract"`). */
  fixed?: Record<string, string>;
  /** Query parameters passed on, as `query name → attribute name`. */
  query?: Record<string, string>;
}

export const viewRoutes: ViewRoute[] = [
  { pattern: '/', module: 'home', tag: 'portico-home', load: () => import('../home/define.js') },
  { pattern: '/home', module: 'home', tag: 'portico-home', load: () => import('../home/define.js') },
  {
    pattern: '/invoices',
    module: 'invoices',
    tag: 'portico-invoice-list',
    load: () => import('../invoice-list/define.js'),
    query: { status: 'status', q: 'q', sort: 'sort', 'portico-payment': 'payment-result' },
  },
  {
    pattern: '/invoices/:invoice-id',
    module: 'invoices',
    tag: 'portico-invoice-viewer',
    load: () => import('../invoice-viewer/define.js'),
    query: { pay: 'pay', 'portico-payment': 'payment-result' },
  },
  { pattern: '/quotes', module: 'quotes', tag: 'portico-quote-list', load: () => import('../quote-list/define.js'), query: { status: 'status' } },
  { pattern: '/quotes/:record-id', module: 'quotes', tag: 'portico-quote-viewer', load: () => import('../quote-viewer/define.js') },
  { pattern: '/contracts', module: 'contracts', tag: 'portico-quote-list', load: () => import('../quote-list/define.js'), fixed: { kind: 'contract' }, query: { status: 'status' } },
  { pattern: '/contracts/:record-id', module: 'contracts', tag: 'portico-quote-viewer', load: () => import('../quote-viewer/define.js'), fixed: { kind: 'contract' } },
  { pattern: '/files', module: 'files', tag: 'portico-file-list', load: () => import('../file-list/define.js'), query: { file: 'file', q: 'q', sort: 'sort' } },
  { pattern: '/requests', module: 'requests', tag: 'portico-request-list', load: () => import('../request-list/define.js'), query: { status: 'status' } },
  {
    pattern: '/requests/new',
    module: 'requests',
    tag: 'portico-request-form',
    load: () => import('../request-form/define.js'),
    query: { subject: 'subject', category: 'category', 'related-type': 'related-type', 'related-id': 'related-id' },
  },
  { pattern: '/requests/:request-id', module: 'requests', tag: 'portico-request-thread', load: () => import('../request-thread/define.js') },
  { pattern: '/tasks', module: 'tasks', tag: 'portico-task-list', load: () => import('../task-list/define.js'), query: { task: 'task' } },
  { pattern: '/projects', module: 'projects', tag: 'portico-project-list', load: () => import('../project-list/define.js') },
  { pattern: '/projects/:project-id', module: 'projects', tag: 'portico-project-viewer', load: () => import('../project-viewer/define.js') },
  { pattern: '/pages/:slug', tag: 'portico-page', load: () => import('../page/define.js') },
  { pattern: '/activity', module: 'activity', tag: 'portico-activity-feed', load: () => import('../activity-feed/define.js') },
  { pattern: '/catalogue', module: 'catalogue', tag: 'portico-catalogue', load: () => import('../catalogue/define.js'), query: { q: 'q', category: 'category' } },
  { pattern: '/contact', module: 'contact', tag: 'portico-contact', load: () => import('../contact/define.js') },
];

export interface RouteMatch {
  route: ViewRoute;
  /** Attribute values for the element. */
  attributes: Record<string, string>;
  /** Identity of the view: same key, same element (only attributes change). */
  key: string;
}

/** Splits `/invoices/INV-1042?pay` into its path and query. */
export function splitPath(path: string): { pathname: string; query: URLSearchParams } {
  const [pathname, search = ''] = path.split('?');
  return { pathname: pathname.replace(/\/+$/, '') || '/', query: new URLSearchParams(search) };
}

export function matchRoute(path: string, routes: readonly ViewRoute[] = viewRoutes): RouteMatch | undefined {
  const { pathname, query } = splitPath(path);
  for (const route of routes) {
    const names: string[] = [];
    const source = route.pattern.replace(/:([\w-]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    const match = new RegExp(`^${source}$`).exec(pathname);
    if (!match) continue;
    const attributes: Record<string, string> = { ...route.fixed };
    names.forEach((name, i) => {
      try {
        attributes[name] = decodeURIComponent(match[i + 1]);
      } catch {
        attributes[name] = match[i + 1];
      }
    });
    for (const [param, attribute] of Object.entries(route.query ?? {})) {
      const value = query.get(param);
      if (value !== null) attributes[attribute] = value;
    }
    return { route, attributes, key: `${route.pattern}|${names.map((n) => attributes[n]).join('|')}` };
  }
  return undefined;
}
