/**
 * Rating geometry and arithmetic shared by the display, the input and the
 * summaries. Pure functions of validated numbers.
 */

/** Width and height of one star's cell in SVG units. */
export const STAR_CELL = 24;
/** Where the star's drawn shape starts and how wide it is inside its cell. */
const STAR_LEFT = 2.01;
const STAR_WIDTH = 19.97;

/** One star, drawn with relative moves from its top point so it can be repeated along a row. */
const STAR = 'l2.47 7.1 7.52.15-5.99 4.54 2.18 7.2-6.17-4.29-6.17 4.29 2.18-7.2-5.99-4.54 7.52-.15z';

const rows = new Map<number, string>();

/** The path of `count` stars side by side, each in its own cell. */
export function starRowPath(count: number): string {
  let row = rows.get(count);
  if (row === undefined) {
    row = '';
    for (let i = 0; i < count; i++) row += `M${i * STAR_CELL + 12} 2.5${STAR}`;
    rows.set(count, row);
  }
  return row;
}

/**
 * How much of the row (in SVG units) to fill for `value` stars: whole stars
 * fill their cell, and the fractional star fills that fraction of its drawn
 * width (4.3 fills 30 % of the fifth star's shape, not 30 % of its cell).
 */
export function starFillUnits(value: number, max: number): number {
  if (!(value > 0)) return 0;
  if (value >= max) return max * STAR_CELL;
  const whole = Math.floor(value);
  const part = value - whole;
  const units = whole * STAR_CELL + (part > 0 ? STAR_LEFT + part * STAR_WIDTH : 0);
  return Math.round(units * 100) / 100;
}
