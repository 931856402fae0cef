import { css } from 'lit';

export const styles = css`
  header {
    display: flex;
    align-items: baseline;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
  section + section {
    margin-top: var(--_space-8);
  }
  h2 {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    font-size: var(--_text-md);
    margin-bottom: var(--_space-3);
  }
  .count {
    min-width: 1.5rem;
    padding: 0 var(--_space-2);
    border-radius: 999px;
    background: var(--_neutral-soft);
    color: var(--_neutral);
    font-size: var(--_text-xs);
    text-align: center;
    line-height: 1.6;
  }
  .tasks {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
    max-width: 48rem;
  }
  [part='task'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding: var(--_space-5);
    scroll-margin: var(--_space-8);
    transition: box-shadow var(--_duration);
  }
  [part='task'][data-status='done'] {
    background: var(--_surface-muted);
    box-shadow: none;
  }
  [part='task'][data-highlight] {
    border-color: var(--_primary);
    box-shadow:
      0 0 0 2px var(--_primary),
      var(--_shadow);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-3);
  }
  .head h3 {
    overflow-wrap: anywhere;
  }
  .late {
    color: var(--_danger);
    font-weight: 600;
  }
  .files ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin-top: var(--_space-1);
  }
  .files h4 {
    margin: 0;
  }
  .complete {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-2);
  }
  .all-done {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .all-done .icon {
    color: var(--_success);
  }
  @media (max-width: 30rem) {
    [part='task'] {
      padding: var(--_space-4);
    }
    .complete,
    .complete .btn {
      width: 100%;
    }
  }
`;
