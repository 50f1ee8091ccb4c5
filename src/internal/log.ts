/**
 * The one place that writes to the console. Messages start with
 * `[trust-signals] <tag-name>`, name the field, and are deduplicated per
 * element and capped, so a 100,000-item feed cannot flood the console.
 */
import { formatProblem, type Problem } from '../core/problems.js';

const PREFIX = '[trust-signals]';
const MAX_PER_ELEMENT = 25;

const seen = new WeakMap<object, Set<string>>();

function once(source: object, line: string): boolean {
  let lines = seen.get(source);
  if (!lines) seen.set(source, (lines = new Set()));
  if (lines.has(line)) return false;
  lines.add(line);
  if (lines.size === MAX_PER_ELEMENT + 1) {
    console.warn([PREFIX, label(source), 'more problems were left unreported'].filter(Boolean).join(' '));
    return false;
  }
  return lines.size <= MAX_PER_ELEMENT;
}

function label(source: object): string {
  const name = (source as { localName?: unknown }).localName;
  return typeof name === 'string' ? `<${name}>` : '';
}

/** Logs each problem once per element: errors with `console.error`, warnings with `console.warn`. */
export function logProblems(source: object, problems: readonly Problem[]): void {
  for (const problem of problems) {
    const line = [PREFIX, label(source), formatProblem(problem)].filter(Boolean).join(' ');
    if (!once(source, line)) continue;
    if (problem.severity === 'error') console.error(line);
    else console.warn(line);
  }
}

/** Logs a warning once per source. */
export function warnOnce(source: object, message: string): void {
  const line = [PREFIX, label(source), message].filter(Boolean).join(' ');
  if (once(source, line)) console.warn(line);
}

/** Reports an unexpected exception caught at a lifecycle boundary, once per element and message. */
export function logFailure(source: object, where: string, error: unknown): void {
  let reason: string;
  try {
    reason = error instanceof Error ? error.message : String(error);
  } catch {
    reason = 'an exception that cannot be shown';
  }
  const line = [PREFIX, label(source), `failed in ${where}: ${reason}`].filter(Boolean).join(' ');
  if (once(source, line)) console.error(line, error);
}
