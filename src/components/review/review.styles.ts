import { css } from 'lit';

export const reviewStyles = css`
  :host {
    --review-gap: var(--_space-s);
    --review-padding: var(--_space-m);
    --review-border: 1px solid var(--_border);
    --review-background: var(--_surface);
    --review-body-lines: 6;
    --review-photo-size: 4.5rem;

    display: block;
    line-height: var(--trust-line-height, 1.5);
  }

  [part='base'] {
    display: grid;
    min-inline-size: 0;
    /* Long words and URLs in reviews wrap instead of widening the card. */
    overflow-wrap: anywhere;
    gap: var(--review-gap);
    padding: var(--review-padding);
    border: var(--review-border);
    border-radius: var(--_radius);
    background: var(--review-background);
  }

  [part='header'] {
    display: grid;
    gap: var(--_space-xs);
  }

  [part='title'] {
    margin: 0;
    font-size: 1.05em;
    font-weight: 600;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0;
    color: var(--_muted);
    font-size: var(--_small);
  }

  [part='author'] {
    color: var(--_text);
    font-weight: 600;
  }

  [part~='provenance'] {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 0.75em;
    color: var(--_muted);
  }

  [part~='verified'] {
    color: var(--_success);
  }

  [part~='disclosed'] {
    color: var(--_text);
    font-weight: 600;
  }

  [part='body'] {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  [part='body'].collapsed {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--review-body-lines);
    overflow: hidden;
  }

  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }

  .link {
    justify-self: start;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }

  .notes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space-s);
  }

  .notes ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: 1.25em;
  }

  .notes [role='heading'] {
    font-weight: 600;
  }

  [part='photos'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .thumb {
    display: block;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
    cursor: zoom-in;
  }

  .thumb img {
    display: block;
    inline-size: var(--review-photo-size);
    block-size: var(--review-photo-size);
    object-fit: cover;
    border-radius: inherit;
  }

  dialog {
    max-inline-size: min(90vw, 48rem);
    padding: var(--_space-m);
    border: var(--review-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }

  dialog img {
    display: block;
    max-inline-size: 100%;
    max-block-size: 70vh;
    margin-block-end: var(--_space-s);
  }

  dialog p {
    margin: 0 0 var(--_space-s);
  }

  [part='reply'] {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) / 2);
  }

  [part='reply'] [role='heading'] {
    font-weight: 600;
  }

  [part='reply'] p {
    margin: var(--_space-xs) 0 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  [part='votes'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    color: var(--_muted);
    font-size: var(--_small);
  }

  .vote {
    padding: 0.2em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  .vote[aria-pressed='true'] {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }

  .vote:disabled {
    cursor: default;
  }

  @media (forced-colors: active) {
    [part~='provenance'],
    .vote,
    .thumb {
      border-color: CanvasText;
    }
    [part='reply'] {
      border-inline-start-color: CanvasText;
    }
  }
`;
