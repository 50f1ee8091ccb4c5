/**
 * How a review's author is named on the page and in JSON-LD. Shared by the
 * review cards and the JSON-LD builders so both always show the same name.
 */
import type { ReviewAuthor } from './model.js';

/**
 * The author name JSON-LD uses for anonymous reviews. It is the same neutral
 * English word on every page (structured data is not localised), it names
 * nobody, and it is a valid `Person` name for Google's review snippet.
 */
export const ANONYMOUS_AUTHOR_NAME = 'Anonymous';

const FIRST_LETTER = /[\p{L}\p{N}]\p{M}*/u;

/**
 * The name to show for `author`:
 * - `full`: the name exactly as given;
 * - `first-initial`: first word plus the initial of the last word, `Anna Svensson` → `Anna S.`
 *   (a one-word name stays as it is; organizations are always shown in full);
 * - `anonymous`, or any unknown display value: `anonymousLabel`, without reading the name.
 */
export function displayAuthorName(
  author: Pick<ReviewAuthor, 'name' | 'display'> & { type?: ReviewAuthor['type'] },
  anonymousLabel: string,
): string {
  const { display } = author;
  if (display !== 'full' && display !== 'first-initial') return anonymousLabel;
  const name = typeof author.name === 'string' ? author.name : '';
  if (display === 'full' || author.type === 'organization') return name;
  const words = name.trim().split(/\s+/u);
  const first = words[0] ?? '';
  if (words.length < 2) return first;
  const initial = FIRST_LETTER.exec(words[words.length - 1]!)?.[0];
  return initial ? `${first} ${initial}.` : first;
}
