import { css } from 'lit';

export const reviewListStyles = css`
  :host {
    --list-gap: var(--_space-m);
    --list-loading-size: 24rem;

    display: block;
    line-height: var(--trust-line-height, 1.5);
  }

  [part='base'] {
    display: grid;
    gap: var(--list-gap);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  [part='disclosure'] {
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-size: var(--_small);
  }

  [part='disclosure'] p {
    margin: var(--_space-xs) 0 0;
    white-space: pre-line;
  }

  [part='disclosure'] [role='heading'] {
    font-weight: 600;
  }

  [part='disclosure'] summary {
    cursor: pointer;
    margin-block-start: var(--_space-xs);
  }

  a {
    color: var(--_accent);
  }

  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }

  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.125em;
    font-size: var(--_small);
    color: var(--_muted);
  }

  label.check {
    flex-direction: row;
    align-items: center;
    gap: 0.4em;
    color: var(--_text);
    min-block-size: 2.25rem;
  }

  select,
  input[type='search'],
  button {
    font: inherit;
    font-size: 1rem;
    letter-spacing: normal;
    text-transform: none;
    color: var(--_text);
  }

  select,
  input[type='search'] {
    min-block-size: 2.25rem;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }

  input[type='checkbox'] {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .button {
    min-block-size: 2.25rem;
    padding: 0.25em 1em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .button[aria-current='page'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .button:disabled {
    opacity: 0.5;
    cursor: default;
  }

  [part='status'] {
    margin: 0;
    color: var(--_muted);
    min-block-size: 1.5em;
  }

  [part='reviews'] {
    display: grid;
    gap: var(--list-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='reviews'] > li:focus {
    outline: none;
  }

  [part='reviews'] > li:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: var(--_radius);
  }

  [part='paging'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_space-xs);
  }

  [part='paging'] ol {
    display: contents;
    list-style: none;
  }

  .placeholder {
    display: grid;
    place-items: center;
    align-content: center;
    gap: var(--_space-s);
    min-block-size: var(--list-loading-size);
    padding: var(--_space-l);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }

  .placeholder.small {
    min-block-size: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    .loading {
      animation: pulse 1.6s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  @media (forced-colors: active) {
    .button[aria-current='page'] {
      border-width: 3px;
    }
  }
`;
