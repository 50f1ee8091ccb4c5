/**
 * Validation results. Every reader in the core returns the usable value and
 * appends what it could not use to a list of problems, each naming the field
 * path (`reviews[3].rating`), what was expected and what arrived. Nothing in
 * the core throws on bad data.
 */

export interface Problem {
  /** Field path such as `value`, `reviews[3].rating` or `product.offers[0].price`. */
  path: string;
  /** What the field must hold, in words: `a number from 1 to 5`. */
  expected: string;
  /** A short, escaped rendering of what arrived (see {@link describeValue}). */
  received: string;
  /** `error`: the value was left out. `warning`: kept, but worth fixing. */
  severity: 'error' | 'warning';
}

/** A validated value plus the problems met on the way. */
export interface Parsed<T> {
  value: T;
  problems: Problem[];
}

const MAX_SHOWN = 60;

/** What `own()` returns for a property whose getter throws: present, but not readable (reported, never read as missing). */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * A short, single-line, escaped rendering of an untrusted value for console
 * messages: strings are JSON-quoted and truncated, objects are named by kind,
 * never by calling their own `toString` or `toJSON`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === UNREADABLE) return 'a value that could not be read';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string': {
      const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
      return `${JSON.stringify(cut)}${value.length > MAX_SHOWN ? ` (${value.length} characters)` : ''}`;
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'object':
      try {
        return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
      } catch {
        return 'an unreadable object'; // a revoked Proxy, or a length that throws
      }
    default:
      return `a ${typeof value}`;
  }
}

/** Collects problems under a path prefix; passed down through nested readers. */
export class ProblemList {
  readonly items: Problem[] = [];

  error(path: string, expected: string, received: unknown): void {
    this.items.push({ path, expected, received: describeValue(received), severity: 'error' });
  }

  warn(path: string, expected: string, received: unknown): void {
    this.items.push({ path, expected, received: describeValue(received), severity: 'warning' });
  }

  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }
}

/** One line per problem: `reviews[3].rating: expected a number from 1 to 5, got "abc"`. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: expected ${problem.expected}, got ${problem.received}`;
}
