/**
 * Zero layout shift: with the page stylesheet loaded, every rating's box
 * before its script runs equals its box after the element upgrades and
 * renders, and the text after it does not move.
 */
import { expect } from '@open-wc/testing';

async function loadFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

function boxes(doc: Document): number[][] {
  return [...doc.querySelectorAll('trust-star-rating, .after')].map((el) => {
    const r = el.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 10) / 10);
  });
}

describe('layout reservation', () => {
  it('the reserved box equals the rendered box (no shift on upgrade)', async () => {
    const frame = await loadFrame(new URL('./fixtures/reserve.html', import.meta.url).href);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    expect(win.customElements.get('trust-star-rating')).to.equal(undefined);
    const before = boxes(doc);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('../../src/index.ts', import.meta.url).href;
    doc.head.append(script);
    await win.customElements.whenDefined('trust-star-rating');
    const ratings = [...doc.querySelectorAll('trust-star-rating')] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
    await Promise.all(ratings.map((r) => r.updateComplete));
    await new Promise((r) => win.requestAnimationFrame(r));
    expect(ratings.every((r) => r.shadowRoot?.querySelector('svg'))).to.equal(true);
    const after = boxes(doc);
    after.forEach((box, i) => {
      box.forEach((n, j) => expect(n, `element ${i} coordinate ${j}`).to.be.closeTo(before[i]![j]!, 0.5));
    });
    frame.remove();
  });
});
