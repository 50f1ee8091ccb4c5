import { css } from 'lit';

export const starRatingStyles = css`
  :host {
    --star-size: var(--trust-star-size, 1.25em);
    --star-color: var(--trust-star-color, #b07200);
    --star-empty-color: var(--trust-star-color-empty, #eceff2);
    --star-outline-color: var(--trust-star-color-outline, #9a6200);

    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    vertical-align: middle;
    line-height: 1;
    block-size: var(--star-size);
  }

  /* Each star is a radio: at least 24 by 24 CSS pixels to tap (WCAG 2.5.8), unless the page sets a size. */
  :host([mode='input']) {
    --star-size: var(--trust-star-size, max(24px, 1.25em));
  }

  [part='base'] {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    block-size: 100%;
  }

  .stars {
    display: block;
    flex: none;
    block-size: var(--star-size);
    inline-size: auto;
    overflow: visible;
  }

  :host(:dir(rtl)) .stars {
    transform: scaleX(-1);
  }

  .empty {
    fill: var(--star-empty-color);
  }

  .filled {
    fill: var(--star-color);
  }

  .empty,
  .filled {
    stroke: var(--star-outline-color);
    stroke-width: 1.25;
    stroke-linejoin: round;
  }

  .count {
    color: var(--trust-color-text-muted, #57606a);
    font-variant-numeric: tabular-nums;
  }

  /* Input mode: one radio per option laid over the stars. */
  .options {
    position: absolute;
    inset: 0;
    display: flex;
    touch-action: manipulation;
  }

  [role='radio'] {
    flex: 1;
    cursor: pointer;
    border-radius: 2px;
  }

  [role='radio']:focus-visible {
    outline-offset: 0;
  }

  :host([disabled]) [part='base'] {
    opacity: 0.5;
  }

  :host([disabled]) [role='radio'],
  :host([readonly]) [role='radio'] {
    cursor: default;
  }

  @media (forced-colors: active) {
    .empty {
      fill: Canvas;
      stroke: CanvasText;
    }
    .filled {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
`;
