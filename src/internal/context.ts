/**
 * What `<portico-portal>` provides to every element below it (through @lit/context). An element
 * used alone gets the same things from its own properties instead.
 */
import { createContext } from '@lit/context';
import type { PortalAdapter } from '../sdk/adapter.js';
import type { PortalConfig, Session } from '../sdk/schemas.js';

/** Routing and mode of the surrounding portal. */
export interface PortalHost {
  /** "View as client": every write is disabled. */
  readOnly: boolean;
  /** The `href` for a portal path such as `/invoices/INV-1042` (`#/invoices/INV-1042` with hash routing). */
  href(path: string): string;
  /** Goes to a portal path (pushes history with hash routing; `replace` for filter changes). */
  navigate(path: string, options?: { replace?: boolean }): void;
}

export const adapterContext = createContext<PortalAdapter | undefined>(Symbol('portico-adapter'));
export const configContext = createContext<PortalConfig | undefined>(Symbol('portico-config'));
export const sessionContext = createContext<Session | null | undefined>(Symbol('portico-session'));
export const localeContext = createContext<string | undefined>(Symbol('portico-locale'));
export const portalContext = createContext<PortalHost | undefined>(Symbol('portico-portal'));
