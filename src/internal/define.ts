/**
 * Safe registration. Defining a tag never throws: when the tag is already
 * taken (a second copy of the library, or the CDN bundle beside the npm
 * build) the first definition stays, and one warning names both versions
 * when they differ.
 */
import { warnOnce } from './log.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

const warned = new Set<string>();

export function defineElement(tag: string, ctor: VersionedConstructor): void {
  if (typeof customElements === 'undefined') return;
  try {
    const existing = customElements.get(tag) as VersionedConstructor | undefined;
    if (existing) {
      if (existing !== ctor && existing.version !== ctor.version && !warned.has(tag)) {
        warned.add(tag);
        warnOnce(
          ctor,
          `<${tag}> is already defined by trust-signals ${existing.version ?? '(unknown version)'}; ` +
            `this copy (${ctor.version ?? 'unknown version'}) was not registered. Load the library once.`,
        );
      }
      return;
    }
    customElements.define(tag, ctor);
  } catch {
    // The constructor is registered under another tag (a shop re-registering
    // our class under its own name): a trivial subclass takes this tag.
    try {
      if (!customElements.get(tag)) customElements.define(tag, class extends (ctor as typeof HTMLElement) {});
    } catch (error) {
      warnOnce(ctor, `could not define <${tag}>: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
