/**
 * Writes JSON-LD blocks into the page: one `<script type="application/ld+json">`
 * per key, in `document.head` (light DOM, where crawlers read it), replaced
 * in place on update and removed on release. A block rendered on the server
 * with the same `data-trust-signals-jsonld` key is adopted, not duplicated.
 *
 * Under Trusted Types the text goes through the library's own policy,
 * `trust-signals-jsonld`, whose `createScript` accepts only what the
 * serializer produces (no `<`, valid JSON). The policy object never leaves
 * this module. If the page's CSP refuses the policy, nothing is emitted and
 * one warning explains which name to allow.
 */
import { warnOnce } from './log.js';
import { BLOCK_ATTRIBUTE } from './page.js';

export const JSONLD_POLICY_NAME = 'trust-signals-jsonld';

interface ScriptPolicy {
  createScript(input: string): unknown;
}

type TrustedTypesWindow = typeof globalThis & {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy };
};

/** `undefined`: not tried yet; `null`: refused by the page; otherwise the policy. */
let policy: ScriptPolicy | null | undefined;
const blocks = new Map<string, HTMLScriptElement>();

function checkedScript(input: string): string {
  if (input.includes('<')) throw new TypeError('trust-signals: JSON-LD must not contain "<"');
  JSON.parse(input);
  return input;
}

function scriptPolicy(): ScriptPolicy | null | 'none' {
  const tt = (globalThis as TrustedTypesWindow).trustedTypes;
  if (!tt || typeof tt.createPolicy !== 'function') return 'none';
  if (policy === undefined) {
    try {
      policy = tt.createPolicy(JSONLD_POLICY_NAME, { createScript: checkedScript });
    } catch {
      policy = null;
    }
  }
  if (policy === null) {
    // One warning for the page, not one per product: the cause is the page's policy.
    warnOnce(
      scriptPolicy,
      `JSON-LD was not emitted: the page's Content-Security-Policy does not allow the Trusted Types policy "${JSONLD_POLICY_NAME}" (add it to the trusted-types directive).`,
    );
  }
  return policy;
}

function findBlock(key: string): HTMLScriptElement | undefined {
  const known = blocks.get(key);
  if (known?.isConnected) return known;
  for (const script of document.querySelectorAll<HTMLScriptElement>(`script[${BLOCK_ATTRIBUTE}]`)) {
    if (script.getAttribute(BLOCK_ATTRIBUTE) === key && script.type === 'application/ld+json') return script;
  }
  return undefined;
}

/**
 * Writes `json` (serializer output) as the block for `key`. Returns false
 * when Trusted Types refused the policy and nothing was written.
 */
export function writeJsonLdBlock(key: string, json: string, reporter: object): boolean {
  if (typeof document === 'undefined') return false;
  const rules = scriptPolicy();
  if (rules === null) return false;
  try {
    const text = rules === 'none' ? checkedScript(json) : rules.createScript(json);
    let script = findBlock(key);
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(BLOCK_ATTRIBUTE, key);
      document.head.append(script);
    }
    if (script.textContent !== json) (script as { textContent: unknown }).textContent = text;
    blocks.set(key, script);
    return true;
  } catch (error) {
    warnOnce(reporter, `JSON-LD was not emitted: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/**
 * Removes the block for `key` if this library wrote it. A block printed on
 * the server that was never written here (for `jsonld="off"`, say) stays.
 */
export function removeJsonLdBlock(key: string): void {
  blocks.get(key)?.remove();
  blocks.delete(key);
}
