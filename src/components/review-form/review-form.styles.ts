import { css } from 'lit';

export const reviewFormStyles = css`
  :host {
    --form-gap: var(--_space-l);
    --input-radius: var(--_radius);

    display: block;
    line-height: var(--trust-line-height, 1.5);
  }

  [hidden] {
    display: none !important;
  }

  /* Empty live regions stay in the accessibility tree (so later text is
     announced) but take no room in the grid. */
  .live:empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .base,
  form {
    display: grid;
    gap: var(--form-gap);
    min-inline-size: 0;
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  .field {
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .optional {
    font-weight: normal;
    color: var(--_muted);
  }

  .hint,
  .counter {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_small);
  }

  input:not([type='checkbox']),
  textarea {
    inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: var(--_space-s);
    border: 1px solid var(--_muted);
    border-radius: var(--input-radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  textarea {
    min-block-size: 8em;
    resize: block;
  }

  input[type='file'] {
    padding: var(--_space-xs);
  }

  input[type='file']::file-selector-button {
    margin-inline-end: var(--_space-s);
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_muted);
    border-radius: var(--input-radius);
    background: var(--_surface-alt);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }

  [aria-invalid='true']:not(trust-star-rating) {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }

  trust-star-rating {
    --star-size: 2em;
    justify-self: start;
  }

  .counter {
    justify-self: end;
    font-variant-numeric: tabular-nums;
  }

  .counter.over {
    color: var(--_danger);
    font-weight: 600;
  }

  .files {
    margin: 0;
    padding-inline-start: 1.25em;
    font-size: var(--_small);
    overflow-wrap: anywhere;
  }

  .size {
    color: var(--_muted);
  }

  .consent {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--_space-s);
  }

  .consent label {
    font-weight: normal;
  }

  .consent .error {
    grid-column: 1 / -1;
  }

  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
  }

  .error {
    display: grid;
    margin: 0;
    color: var(--_danger);
    font-size: var(--_small);
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .summary,
  .status,
  .failure {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-inline-start-width: 0.25em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    overflow-wrap: anywhere;
  }

  .summary,
  .failure {
    border-color: var(--_danger);
  }

  .status.success {
    border-color: var(--_success);
  }

  .summary-title {
    margin: 0;
    font-weight: 600;
  }

  .summary ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: 1.25em;
  }

  button {
    justify-self: start;
    min-block-size: 2.75em;
    padding: var(--_space-s) var(--_space-l);
    border: 1px solid var(--_accent);
    border-radius: var(--input-radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .submit {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .submit[aria-disabled='true'] {
    cursor: progress;
  }

  .another {
    background: var(--_surface);
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    [aria-invalid='true']:not(trust-star-rating) {
      border-style: dashed;
      border-width: 2px;
    }
    .summary,
    .status,
    .failure,
    button {
      border-color: CanvasText;
    }
    .submit[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
