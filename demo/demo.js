// Demo page behaviour: language and theme switchers, the "what search
// engines see" panel, and a visible log of the events a shop would record.
// No markup is built from strings: text goes through textContent only.

const root = document.documentElement;
const locale = document.getElementById('locale');
const theme = document.getElementById('theme');

function applySettings() {
  root.lang = locale.value;
  root.dir = locale.value === 'ar' ? 'rtl' : 'ltr';
  root.classList.remove('trust-theme-light', 'trust-theme-dark', 'trust-theme-auto');
  root.classList.add(`trust-theme-${theme.value}`);
  const params = new URLSearchParams(location.search);
  params.set('lang', locale.value);
  params.set('theme', theme.value);
  history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`);
}

const params = new URLSearchParams(location.search);
if (params.get('lang')) locale.value = params.get('lang');
if (params.get('theme')) theme.value = params.get('theme');
locale.addEventListener('change', applySettings);
theme.addEventListener('change', applySettings);
if (params.has('lang') || params.has('theme')) applySettings();

const panel = document.getElementById('jsonld');
function showJsonLd() {
  const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
  panel.textContent = blocks.length
    ? blocks
        .map((block) => {
          try {
            return JSON.stringify(JSON.parse(block.textContent), null, 2);
          } catch {
            return '(a block that is not valid JSON)';
          }
        })
        .join('\n\n')
    : '(no structured data)';
}
new MutationObserver(showJsonLd).observe(document.head, { childList: true, subtree: true, characterData: true });
showJsonLd();

const events = document.getElementById('events');
document.addEventListener('trust-review-vote', (event) => {
  events.textContent = `Demo: the shop would record a "${event.detail.vote}" vote for review ${event.detail.reviewId}.`;
});
document.addEventListener('trust-review-sent', () => {
  events.textContent = 'Demo: the review was sent to /api/reviews and waits for moderation.';
});
