/** Shared helpers for the browser tests. */
import { executeServerCommand } from '@web/test-runner-commands';

export interface ConsoleCapture {
  errors: string[];
  warnings: string[];
  restore(): void;
}

/** Records console.error and console.warn lines (and keeps them out of the test output). */
export function captureConsole(): ConsoleCapture {
  const original = { error: console.error, warn: console.warn };
  const capture: ConsoleCapture = {
    errors: [],
    warnings: [],
    restore() {
      console.error = original.error;
      console.warn = original.warn;
    },
  };
  const text = (args: unknown[]) =>
    args
      .map((arg) => {
        try {
          return String(arg);
        } catch {
          return '(unprintable)';
        }
      })
      .join(' ');
  console.error = (...args: unknown[]) => capture.errors.push(text(args));
  console.warn = (...args: unknown[]) => capture.warnings.push(text(args));
  return capture;
}

/** The shadow-root element matching `selector`, or a failed assertion. */
export function part<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>'s shadow root`);
  return found;
}

export function parts<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

interface AxNode {
  role?: string;
  name?: string;
  checked?: boolean | 'mixed';
  required?: boolean;
  disabled?: boolean;
  children?: AxNode[];
  [key: string]: unknown;
}

/**
 * Chromium's accessibility tree (what a screen reader gets), as a flat list
 * of nodes. Only Chromium exposes it to tests (CDP; Firefox's WebDriver BiDi
 * has no such command), so use {@link checkAccessibilityTree}.
 */
async function accessibilityNodes(): Promise<AxNode[]> {
  const root = await executeServerCommand<AxNode, undefined>('a11y-tree');
  const out: AxNode[] = [];
  const walk = (node: AxNode) => {
    out.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  return out;
}

const treeAvailable = /Chrome\//.test(navigator.userAgent); // also HeadlessChrome

/** Runs `check` on the accessibility tree where the test browser exposes it (Chromium; CI runs Chromium). */
export async function checkAccessibilityTree(check: (nodes: AxNode[]) => void): Promise<void> {
  if (treeAvailable) check(await accessibilityNodes());
}

/** `it` for a test that checks nothing but the accessibility tree: skipped (and counted so) where there is none. */
export const itWithAccessibilityTree = treeAvailable ? it : it.skip;

/** Text of the whole shadow tree, for "never shows NaN / undefined" checks. */
export function shadowText(host: Element): string {
  const collect = (node: Node): string => {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
      else if (child instanceof Element) {
        for (const attr of child.attributes) text += ` ${attr.value} `;
        text += collect(child);
        if (child.shadowRoot) text += collect(child.shadowRoot);
      }
    }
    return text;
  };
  return host.shadowRoot ? collect(host.shadowRoot) : '';
}

export const FORBIDDEN_TEXT = /\b(undefined|null|NaN|Infinity)\b|\[object |Invalid Date/;

/** Waits for the next animation frame (layout and paint have happened). */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Adds the page stylesheet (themes, layout reservation) to the test document once. */
export function loadPageStylesheet(): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>('link[data-trust-signals]');
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../../src/styles/trust-signals.css', import.meta.url).href;
  link.dataset.trustSignals = '';
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('page stylesheet did not load'));
  });
  document.head.append(link);
  return loaded;
}
