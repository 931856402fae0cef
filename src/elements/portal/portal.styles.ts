import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color-scheme: light dark;
    background: var(--_background);
    min-height: 100%;
    container: portal / inline-size;
    position: relative;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  .skip-link {
    position: absolute;
    inset-inline-start: var(--_space-4);
    top: var(--_space-2);
    z-index: 3;
    padding: var(--_space-2) var(--_space-4);
    background: var(--_surface);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow-lg);
    clip-path: inset(50%);
  }
  .skip-link:focus {
    clip-path: none;
  }
  .banner {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-4);
    background: var(--_warning-soft);
    color: var(--_warning);
    font-size: var(--_text-sm);
    font-weight: 600;
  }
  .banner .icon {
    flex: none;
  }
  .topbar {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-height: 4rem;
    padding: var(--_space-2) var(--_space-5);
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .brand {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    color: var(--_text);
    text-decoration: none;
    font-weight: 650;
    min-width: 0;
  }
  .brand img {
    max-height: 2.25rem;
    max-width: 10rem;
  }
  .monogram {
    display: grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    flex: none;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
  }
  .firm-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .account {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
  }
  .who {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    line-height: 1.25;
    font-size: var(--_text-sm);
  }
  .menu-button {
    display: none;
    padding: 0 var(--_space-2);
  }
  .layout {
    display: grid;
    grid-template-columns: 15rem minmax(0, 1fr);
    max-width: 80rem;
    margin: 0 auto;
    position: relative;
  }
  nav {
    padding: var(--_space-6) var(--_space-3);
  }
  nav ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    position: sticky;
    top: var(--_space-4);
  }
  nav a {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: var(--_control-height);
    padding: 0 var(--_space-3);
    border-radius: var(--_radius);
    color: var(--_text);
    text-decoration: none;
    font-weight: 500;
  }
  nav a:hover {
    background: var(--_surface-muted);
  }
  nav a[aria-current='page'] {
    background: var(--_primary-soft);
    color: var(--_text);
    font-weight: 650;
    box-shadow: inset calc(3px * var(--_start-sign)) 0 0 var(--_primary);
  }
  nav .external {
    width: 0.9rem;
    height: 0.9rem;
    color: var(--_text-muted);
  }
  main {
    padding: var(--_space-6) var(--_space-5) var(--_space-10);
    min-width: 0;
    outline: none;
  }
  main > * {
    max-width: 60rem;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_space-2) var(--_space-5);
    padding: var(--_space-5);
    border-top: 1px solid var(--_border);
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .center {
    max-width: 40rem;
    margin: 0 auto;
    padding: var(--_space-8) var(--_space-4);
  }
  @container portal (max-width: 56rem) {
    .menu-button {
      display: inline-flex;
    }
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    nav {
      display: none;
      position: absolute;
      inset: 0 0 auto 0;
      z-index: 2;
      padding: var(--_space-3);
      background: var(--_surface);
      border-bottom: 1px solid var(--_border);
      box-shadow: var(--_shadow-lg);
    }
    nav[data-open] {
      display: block;
    }
    nav ul {
      position: static;
    }
    nav a {
      min-height: 2.75rem;
    }
    main {
      padding: var(--_space-4) var(--_space-3) var(--_space-8);
    }
    .topbar {
      padding: var(--_space-2) var(--_space-3);
    }
  }
  @container portal (max-width: 30rem) {
    .who {
      display: none;
    }
    .firm-name {
      font-size: var(--_text-sm);
    }
  }
  @media print {
    :host {
      background: #fff;
    }
    .skip-link,
    .banner,
    .menu-button,
    .account,
    nav,
    footer {
      display: none !important;
    }
    .topbar {
      border: 0;
      padding: 0 0 var(--_space-4);
    }
    .layout {
      display: block;
      max-width: none;
    }
    main {
      padding: 0;
    }
    main > * {
      max-width: none;
    }
  }
`;
