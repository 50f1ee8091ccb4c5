/**
 * Review feeds for the stories: the demo feeds (Vite JSON imports) and a few
 * small ones built from them. Dates are shown relative to {@link NOW}.
 */
import demoJson from '../demo/data/reviews.json';
import hostileJson from '../demo/data/reviews-hostile.json';
import type { ReviewFeedJson, ReviewJson } from '../src/core/feed-types.js';

/** The fixed "now" of every story, so "2 weeks ago" stays true. */
export const NOW = Date.parse('2026-12-01');

/**
 * A copy of a feed with `/img/…` made relative to the page (`img/…`), so the
 * photos also load when Storybook is published under a sub-path.
 */
function relativeImages<T>(feed: T): T {
  return JSON.parse(JSON.stringify(feed).replaceAll('"/img/', '"img/')) as T;
}

/** The demo shop's kettle: 36 reviews in five languages, photos, replies, every provenance it has. */
export const demoFeed = relativeImages(demoJson) as unknown as ReviewFeedJson;

/** Markup, script breakouts, bidi tricks and invalid values in every field. */
export const hostileFeed = relativeImages(hostileJson) as unknown;

/** A copy of `feed` without the given top-level keys. */
function without(feed: ReviewFeedJson, ...keys: Array<keyof ReviewFeedJson>): ReviewFeedJson {
  const copy: Partial<ReviewFeedJson> = { ...feed };
  for (const key of keys) delete copy[key];
  return copy as ReviewFeedJson;
}

/** The demo feed with only the given reviews; the aggregate is then computed from them. */
export function feedWith(reviews: ReviewJson[], extra: Partial<ReviewFeedJson> = {}): ReviewFeedJson {
  return { ...without(demoFeed, 'aggregate', 'total'), reviews, ...extra };
}

/** One review of the demo feed by id. */
export function demoReview(id: string): ReviewJson {
  const review = demoFeed.reviews.find((r) => r.id === id);
  if (!review) throw new Error(`stories: no review ${id} in demo/data/reviews.json`);
  return review;
}

/** The product is known, nobody has reviewed it yet. */
export const noReviewsFeed: ReviewFeedJson = feedWith([], { total: 0 });

/** A single review (with a photo and a reply). */
export const oneReviewFeed: ReviewFeedJson = feedWith([demoReview('fj-r-1035')]);

/** The demo feed without its review-collection disclosure. */
export const noDisclosureFeed = without(demoFeed, 'disclosure');

/** The demo feed without a product: a widget alone then has nothing to name in JSON-LD. */
export const noProductFeed = without(demoFeed, 'product');

/** One review per provenance, plus one that does not state it. */
export const provenanceReviews: ReviewJson[] = [
  {
    id: 'p-verified',
    author: { name: 'Ingrid Berg', display: 'first-initial' },
    rating: 5,
    title: 'Boils fast, switches off every time',
    body: 'Bought it in September; a litre boils in under three minutes.',
    date: '2026-11-12',
    language: 'en',
    provenance: 'verified-purchase',
  },
  {
    id: 'p-invited',
    author: { name: 'Tom Reyes', display: 'first-initial' },
    rating: 4,
    title: 'A gift that gets used daily',
    body: 'I got this as a present and was then invited to review it. Quiet enough, pours well.',
    date: '2026-11-08',
    language: 'en',
    provenance: 'invited',
  },
  {
    id: 'p-organic',
    author: 'Priya Nair',
    rating: 4,
    title: 'Tried it at a friend’s place',
    body: 'Not bought here: my friend has one and I liked it enough to write this.',
    date: '2026-11-03',
    language: 'en',
    provenance: 'organic',
  },
  {
    id: 'p-imported',
    author: { name: 'Mark Ellison', display: 'first-initial' },
    rating: 3,
    title: 'Fine, a little loud',
    body: 'Carried over from the shop’s previous review system.',
    date: '2025-03-21',
    language: 'en',
    provenance: 'imported',
  },
  {
    id: 'p-syndicated',
    author: 'Karin Lind',
    rating: 5,
    title: 'Same kettle, bought at a partner store',
    body: 'First published at Kökshörnan and shown here with their permission.',
    date: '2026-10-28',
    language: 'en',
    provenance: 'syndicated',
  },
  {
    id: 'p-incentivized',
    author: { name: 'Oskar Falk', display: 'first-initial' },
    rating: 4,
    title: 'Good value',
    body: 'I received a 10% discount code for writing a review, whatever the rating.',
    date: '2026-05-19',
    language: 'en',
    provenance: 'incentivized',
  },
  {
    id: 'p-staff',
    author: 'Johan Ek',
    rating: 5,
    title: 'We use it in the office kitchen',
    body: 'I work at Fjällbo. Twelve of us use it all day and it has held up.',
    date: '2026-06-02',
    language: 'en',
    provenance: 'staff',
  },
  {
    // No provenance: the parser warns and the card says "source not stated".
    id: 'p-unstated',
    author: 'Alex Moreau',
    rating: 2,
    title: 'The lid sticks',
    body: 'After a month the lid needs two hands to open.',
    date: '2026-09-30',
    language: 'en',
  } as unknown as ReviewJson,
];

/** An Arabic product page: Arabic reviews, one in mixed Arabic and English, replies in Arabic. */
export const arabicFeed: ReviewFeedJson = {
  version: 1,
  product: {
    id: 'https://fjallbo.example/ar/products/nordlys-kettle#product',
    name: 'غلاية نوردليس الكهربائية، 1.5 لتر، ستانلس ستيل مصقول',
    brand: 'Fjällbo',
    sku: 'FJ-NORDLYS-15',
    image: ['img/nordlys-front.svg'],
    offers: [{ price: '229.00', currency: 'AED', availability: 'InStock' }],
  },
  disclosure: {
    verification: 'some-verified',
    description:
      'نرسل دعوة لكتابة مراجعة بعد سبعة أيام من التسليم، والمراجعات المرتبطة بطلب مؤكد تحمل علامة «شراء موثّق». يمكن لأي شخص كتابة مراجعة دون طلب، وننشرها بعد مراجعتها دون التحقق من الشراء.',
  },
  reviews: [
    {
      id: 'ar-1',
      author: { name: 'ليلى حسن', display: 'first-initial' },
      rating: 5,
      title: 'غلاية ممتازة وسريعة',
      body: 'تغلي لترًا من الماء في أقل من ثلاث دقائق، والغطاء يُفتح بسهولة بيد واحدة. الحلقة المضيئة في القاعدة جميلة في المطبخ ليلًا.',
      date: '2026-11-20',
      language: 'ar',
      provenance: 'verified-purchase',
      pros: ['سريعة الغليان', 'فلتر سهل التنظيف'],
      cons: ['تظهر البقع على الستانلس'],
      photos: [{ url: 'img/review-kitchen.svg', alt: 'الغلاية على سطح المطبخ بجانب كوبين ونبتة صغيرة.' }],
      helpful: { up: 12, down: 1 },
    },
    {
      id: 'ar-2',
      author: 'عمر الخطيب',
      rating: 3,
      title: 'جيدة لكن صوتها مرتفع',
      body: 'تعمل بشكل جيد، لكن صوت الغليان أعلى مما توقعت. السعة 1.5 لتر كافية لعائلة من أربعة أشخاص.',
      date: '2026-11-02',
      language: 'ar',
      provenance: 'invited',
      reply: {
        body: 'شكرًا لملاحظتك يا عمر. صوت الغليان في الغلايات المعدنية أعلى قليلًا من البلاستيكية؛ إذا ازداد الصوت فتواصل معنا وسنفحصها.',
        author: 'خدمة عملاء Fjällbo',
        date: '2026-11-04',
      },
      helpful: { up: 3, down: 0 },
    },
    {
      id: 'ar-3',
      author: { name: 'سارة منصور', display: 'anonymous' },
      rating: 1,
      title: 'توقفت عن العمل بعد شهرين',
      body: 'توقفت الغلاية تمامًا بعد شهرين من الاستخدام اليومي. استبدلها المتجر خلال أسبوع، لكنني أتوقع جودة أفضل بهذا السعر (229 درهمًا).',
      date: '2026-10-12',
      language: 'ar',
      provenance: 'verified-purchase',
      reply: {
        body: 'نعتذر عن ذلك. أرسلنا الغلاية المعطلة إلى المصنع لفحصها، وسننشر النتيجة هنا.',
        author: 'خدمة عملاء Fjällbo',
        date: '2026-10-13',
      },
    },
    {
      id: 'ar-4',
      author: 'Nadia Karim',
      rating: 4,
      title: 'Nice kettle, ولكن الغطاء قاسٍ',
      body: 'Good kettle overall. الفلتر في الفوهة يمنع الترسبات، and the 75 cm cord is long enough.',
      date: '2026-09-25',
      language: 'en',
      provenance: 'organic',
    },
  ],
};
