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
  { pattern: '/activity', module: 'activity', tag: 'portico-activity-feed', load: () => import('../activity-feed/define.js') },
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
