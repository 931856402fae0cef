import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
  .header h1 {
    margin-inline-end: auto;
  }
  .toolbar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    margin-bottom: var(--_space-5);
  }
  .search {
    position: relative;
  }
  .search .icon {
    position: absolute;
    inset-inline-start: var(--_space-3);
    top: 50%;
    translate: 0 -50%;
    width: 1.1rem;
    height: 1.1rem;
    color: var(--_text-muted);
    pointer-events: none;
  }
  .search input#search {
    padding-inline-start: var(--_space-10);
  }
  .sort {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .sort label {
    font-size: var(--_text-sm);
    font-weight: 600;
    white-space: nowrap;
  }
  .notes {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
  .notes .alert {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
  }
  .notes .alert .icon {
    flex: none;
    width: 1.1rem;
    height: 1.1rem;
    margin-top: 0.1em;
  }
  .upload {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    padding: var(--_space-5);
    margin-bottom: var(--_space-5);
  }
  .upload h2 {
    font-size: var(--_text-md);
  }
  .groups {
    display: flex;
    flex-direction: column;
    gap: var(--_space-6);
  }
  .group h2 {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    font-size: var(--_text-sm);
    font-weight: 650;
    color: var(--_text-muted);
    margin-bottom: var(--_space-2);
    overflow-wrap: anywhere;
  }
  .group h2 .icon {
    flex: none;
    width: 1rem;
    height: 1rem;
  }
  .group h2 .kind {
    font-weight: 500;
  }
  ul.files {
    list-style: none;
    padding: 0;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    box-shadow: var(--_shadow);
  }
  li.file {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-areas: 'icon name' 'icon meta' 'actions actions';
    gap: var(--_space-1) var(--_space-3);
    align-items: center;
    padding: var(--_space-3) var(--_space-4);
    border-bottom: 1px solid var(--_border);
    scroll-margin: var(--_space-10);
    transition: background-color var(--_duration);
  }
  li.file:last-child {
    border-bottom: 0;
  }
  li.file[data-highlight] {
    background: var(--_primary-soft);
    box-shadow: inset calc(3px * var(--_start-sign)) 0 0 var(--_primary);
  }
  .type-icon {
    grid-area: icon;
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: var(--_radius);
    background: var(--_neutral-soft);
    color: var(--_neutral);
  }
  .type-icon[data-type='image'] {
    background: var(--_success-soft);
    color: var(--_success);
  }
  .type-icon[data-type='pdf'] {
    background: var(--_danger-soft);
    color: var(--_danger);
  }
  .type-icon[data-type='sheet'] {
    background: var(--_info-soft);
    color: var(--_info);
  }
  .name {
    grid-area: name;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .meta > span + span::before {
    content: '·';
    margin-inline-end: var(--_space-2);
  }
  .actions {
    grid-area: actions;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .actions .btn .icon,
  .actions .btn .spinner {
    width: 1.1em;
    height: 1.1em;
  }
  .locked {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .locked .icon {
    width: 1em;
    height: 1em;
  }
  .row-error {
    flex-basis: 100%;
  }
  .none {
    padding: var(--_space-8) var(--_space-4);
    text-align: center;
    color: var(--_text-muted);
  }
  .none p + p {
    margin-top: var(--_space-3);
  }
  dialog {
    width: min(56rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow-lg);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-head,
  .dialog-foot {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    padding: var(--_space-3) var(--_space-4);
  }
  .dialog-head {
    border-bottom: 1px solid var(--_border);
  }
  .dialog-head h2 {
    flex: 1;
    font-size: var(--_text-md);
    overflow-wrap: anywhere;
  }
  .dialog-foot {
    border-top: 1px solid var(--_border);
    justify-content: flex-end;
    flex-wrap: wrap;
  }
  .dialog-body {
    flex: 1;
    min-height: 12rem;
    display: grid;
    place-items: center;
    padding: var(--_space-4);
    overflow: auto;
    background: var(--_surface-muted);
  }
  .dialog-body img {
    max-width: 100%;
    max-height: 70dvh;
    object-fit: contain;
  }
  .dialog-body iframe {
    width: 100%;
    height: 70dvh;
    border: 0;
    background: var(--_surface);
  }
  .open-pdf {
    text-align: center;
    color: var(--_text-muted);
  }
  .open-pdf p + p {
    margin-top: var(--_space-3);
  }
  .dialog-body .loading {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    color: var(--_text-muted);
  }
  @container (min-width: 40rem) {
    .toolbar {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    li.file {
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas: 'icon name actions' 'icon meta actions';
    }
    .actions {
      justify-content: flex-end;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    li.file {
      transition: none;
    }
  }
`;
