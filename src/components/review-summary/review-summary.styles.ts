import { css } from 'lit';

/*
 * Fixed row heights: the summary's box depends only on the number of stars
 * in the scale, so the loading state and the page stylesheet's reservation
 * hold exactly the final size.
 */
export const reviewSummaryStyles = css`
  :host {
    --summary-bar-color: var(--trust-star-color, #b07200);
    --summary-track-color: var(--_surface-alt);
    --summary-row-size: 1.75em;

    display: block;
    line-height: 1.25;
  }

  [part='base'] {
    display: grid;
    gap: var(--_space-s);
  }

  [part='average'] {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-rows: 1.75em 1.5em;
    align-items: center;
    column-gap: var(--_space-s);
    block-size: 3.25em;
  }

  .value {
    grid-row: span 2;
    min-inline-size: 1ch;
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }

  /* While loading, an invisible "0.1" holds the width of the average to come (digits are tabular). */
  .pending {
    visibility: hidden;
  }

  .based {
    color: var(--_muted);
    font-size: var(--_small);
  }

  /* One grid for all bars (rows are subgrids), so the star labels size the
     first column to the longest one in the language and the bars line up. */
  [part='distribution'] {
    display: grid;
    grid-template-columns: max-content 1fr max-content max-content;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='distribution'] > li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }

  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    column-gap: var(--_space-s);
    block-size: var(--summary-row-size);
    padding: 0 var(--_space-xs);
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: var(--_text);
    font: inherit;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    white-space: nowrap;
  }

  .count,
  .percent {
    min-inline-size: 2ch;
  }

  button.row {
    cursor: pointer;
  }

  button.row:hover {
    background: var(--_surface-alt);
  }

  /* Pressed: a tinted row with a thin inner line, unlike the focus ring (a thick outline), so both show when side by side. */
  button.row[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }

  .row:disabled {
    cursor: default;
    color: var(--_muted);
  }

  .meter {
    display: block;
    inline-size: 100%;
    block-size: 0.625em;
  }

  .track {
    fill: var(--summary-track-color);
    stroke: var(--_border);
    stroke-width: 0.5;
  }

  .fill {
    fill: var(--summary-bar-color);
  }

  :host(:dir(rtl)) .meter {
    transform: scaleX(-1);
  }

  .count,
  .percent {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  .percent {
    color: var(--_muted);
  }

  .clear {
    justify-self: start;
    block-size: var(--summary-row-size);
    padding: 0 var(--_space-s);
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .failed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
    min-block-size: var(--summary-row-size);
    color: var(--_danger);
  }

  .clear[hidden] {
    display: block !important;
    visibility: hidden;
  }

  @media (forced-colors: active) {
    .fill {
      fill: CanvasText;
    }
    .track {
      stroke: CanvasText;
    }
    /* Forced colours drop backgrounds and shadows: a dashed outline marks the pressed bar (focus stays solid). */
    button.row[aria-pressed='true'] {
      outline: 2px dashed Highlight;
      outline-offset: -4px;
    }
  }
`;
