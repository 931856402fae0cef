import { css } from 'lit';

export const styles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
  header h1 {
    flex: 1 1 auto;
  }
  .search {
    position: relative;
    flex: 0 1 18rem;
  }
  .search .icon {
    position: absolute;
    inset-inline-start: var(--_space-3);
    top: 50%;
    transform: translateY(-50%);
    color: var(--_text-muted);
    pointer-events: none;
  }
  .search input {
    padding-inline-start: var(--_space-10);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-bottom: var(--_space-4);
  }
  .chip {
    min-height: 2.25rem;
    padding: 0 var(--_space-3);
    border-radius: 999px;
    font-weight: 500;
  }
  .chip[aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .grid {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space-4);
  }
  .item {
    display: flex;
    flex-direction: column;
    overflow: hidden;
  }
  .item img {
    width: 100%;
    aspect-ratio: 2 / 1;
    object-fit: cover;
    background: var(--_surface-muted);
  }
  .item .body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-4);
    flex: 1;
  }
  .item h2 {
    font-size: var(--_text-md);
  }
  .item p {
    color: var(--_text-muted);
    font-size: var(--_text-sm);
    overflow-wrap: anywhere;
    flex: 1;
  }
  .price {
    font-size: var(--_text-lg);
    font-weight: 700;
  }
  .price .unit {
    font-size: var(--_text-sm);
    font-weight: 400;
    color: var(--_text-muted);
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }
`;
