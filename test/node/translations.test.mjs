// The shipped message catalogues (src/translations/*.ts) against the English
// reference (src/translations/en.ts) and the plural selection of core/i18n.ts.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fromDist } from './dist.mjs';

const en = await fromDist('translations/en.js');
const { isolate, translate } = await fromDist('core/i18n.js');

const SECTIONS = ['starRatingMessages', 'reviewMessages', 'summaryMessages', 'listMessages', 'formMessages'];
const ENGLISH = Object.assign({}, ...SECTIONS.map((name) => en[name]));
const KEYS = Object.keys(ENGLISH);

const LANGUAGES = ['sv', 'nl', 'ru', 'pl', 'de', 'fr', 'es', 'ar'];
/** Each module registers its catalogue with core/i18n.js (the same module instance as `translate`). */
const CATALOGUES = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (lang) => [lang, (await fromDist(`translations/${lang}.js`))[lang]])),
);

/**
 * Messages that may read exactly like the English although the English is
 * more than one word (brand-like or international wording), as `lang:key`.
 */
const SAME_AS_ENGLISH = new Set([]);

const isPlural = (message) => typeof message === 'object' && message !== null;
const placeholders = (text) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
/** Each text of a message with the plural category it belongs to (`text` for a plain string). */
const texts = (message) =>
  isPlural(message) ? Object.entries(message).filter(([name]) => name !== 'by') : [['text', message]];
/** The English text a translated text is compared with: the plain string, or the plural `other`. */
const englishText = (key) => (isPlural(ENGLISH[key]) ? ENGLISH[key].other : ENGLISH[key]);
/** A full sentence or phrase: at least two words once the placeholders are taken out. */
const isPhrase = (text) => (text.replace(/\{\w+\}/g, ' ').match(/\p{L}+/gu) ?? []).length >= 2;
const sorted = (values) => [...values].sort();

describe('English reference', () => {
  test('the sections do not share keys', () => {
    const total = SECTIONS.reduce((n, name) => n + Object.keys(en[name]).length, 0);
    assert.equal(KEYS.length, total);
  });

  test('every category of an English plural message has the placeholders of its `other`', () => {
    for (const key of KEYS) {
      for (const [category, text] of texts(ENGLISH[key])) {
        assert.deepEqual(sorted(placeholders(text)), sorted(placeholders(englishText(key))), `en ${key}.${category}`);
      }
    }
  });
});

for (const lang of LANGUAGES) {
  describe(`${lang} catalogue`, () => {
    const catalogue = CATALOGUES[lang];
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

    test('is exported and registered', () => {
      assert.equal(typeof catalogue, 'object');
      assert.equal(translate(lang, 'listHeading'), catalogue.listHeading);
    });

    test('has every English key', () => {
      const missing = KEYS.filter((key) => !Object.hasOwn(catalogue, key));
      assert.deepEqual(missing, []);
    });

    test('has no key English lacks', () => {
      const extra = Object.keys(catalogue).filter((key) => !Object.hasOwn(ENGLISH, key));
      assert.deepEqual(extra, []);
    });

    test('keeps the keys in the English order', () => {
      assert.deepEqual(Object.keys(catalogue), KEYS);
    });

    test('uses exactly the placeholders of the English text', () => {
      for (const key of KEYS.filter((k) => Object.hasOwn(catalogue, k))) {
        const expected = sorted(placeholders(englishText(key)));
        for (const [category, text] of texts(catalogue[key])) {
          assert.deepEqual(sorted(placeholders(text)), expected, `${lang} ${key}.${category}: ${text}`);
          const rest = text.replace(/\{\w+\}/g, '');
          assert.ok(!/[{}]/.test(rest), `${lang} ${key}.${category} has a malformed placeholder: ${text}`);
        }
      }
    });

    test('plural messages use the English `by` and exactly the CLDR categories of the language', () => {
      assert.ok(categories.includes('other'));
      for (const key of KEYS.filter((k) => Object.hasOwn(catalogue, k))) {
        const english = ENGLISH[key];
        const message = catalogue[key];
        if (!isPlural(english)) {
          assert.equal(typeof message, 'string', `${lang} ${key} must stay a plain string, as in English`);
          continue;
        }
        assert.ok(isPlural(message), `${lang} ${key} must be a plural message`);
        assert.equal(message.by, english.by, `${lang} ${key}.by`);
        const given = Object.keys(message).filter((name) => name !== 'by');
        assert.deepEqual(sorted(given), sorted(categories), `${lang} ${key} plural categories`);
      }
    });

    test('no text is empty, padded, or left in English', () => {
      for (const key of KEYS.filter((k) => Object.hasOwn(catalogue, k))) {
        for (const [category, text] of texts(catalogue[key])) {
          assert.equal(typeof text, 'string', `${lang} ${key}.${category}`);
          assert.ok(text.trim() !== '', `${lang} ${key}.${category} is empty`);
          assert.equal(text, text.trim(), `${lang} ${key}.${category} has surrounding white space`);
          const english = isPlural(ENGLISH[key]) ? (ENGLISH[key][category] ?? ENGLISH[key].other) : ENGLISH[key];
          if (isPhrase(english) && !SAME_AS_ENGLISH.has(`${lang}:${key}`)) {
            assert.notEqual(text, english, `${lang} ${key}.${category} is the English text`);
          }
        }
      }
    });

    test('the review-collection disclosure quotes the translated "Verified purchase" label', () => {
      assert.ok(
        catalogue.disclosureSomeVerified.includes(catalogue.provenanceVerifiedPurchase),
        `${lang}: "${catalogue.disclosureSomeVerified}" should quote "${catalogue.provenanceVerifiedPurchase}"`,
      );
    });
  });
}

describe('plural forms through translate()', () => {
  const COUNTS = [1, 2, 5, 21, 22, 25, 100];
  /** `key` in `lang` for each count of COUNTS (the number given as is for display). */
  const forms = (lang, key, by = 'count') =>
    COUNTS.map((n) => translate(lang, key, { [by]: String(n) }, { [by]: n }));

  test('Russian: отзыв, отзыва, отзывов', () => {
    assert.deepEqual(forms('ru', 'ratingCount'), [
      '1 отзыв',
      '2 отзыва',
      '5 отзывов',
      '21 отзыв',
      '22 отзыва',
      '25 отзывов',
      '100 отзывов',
    ]);
    assert.deepEqual(forms('ru', 'summaryStars', 'stars'), [
      '1 звезда',
      '2 звезды',
      '5 звёзд',
      '21 звезда',
      '22 звезды',
      '25 звёзд',
      '100 звёзд',
    ]);
    assert.deepEqual(forms('ru', 'formCharactersLeft'), [
      'Остался 1 символ',
      'Осталось 2 символа',
      'Осталось 5 символов',
      'Остался 21 символ',
      'Осталось 22 символа',
      'Осталось 25 символов',
      'Осталось 100 символов',
    ]);
    // Genitive after «из»: из 1 / 21 звезды, из 2 / 5 звёзд.
    assert.equal(translate('ru', 'ratingValue', { value: '4', max: '5' }, { max: 5 }), '4 из 5 звёзд');
    assert.equal(translate('ru', 'ratingValue', { value: '1', max: '1' }, { max: 1 }), '1 из 1 звезды');
    // Fractions take the genitive singular.
    assert.equal(translate('ru', 'ratingCount', { count: '1,5' }, { count: 1.5 }), '1,5 отзыва');
    // A regional locale falls back to the language.
    assert.equal(translate('ru-RU', 'ratingCount', { count: '22' }, { count: 22 }), '22 отзыва');
  });

  test('Polish: opinia, opinie, opinii', () => {
    assert.deepEqual(forms('pl', 'ratingCount'), [
      '1 opinia',
      '2 opinie',
      '5 opinii',
      '21 opinii',
      '22 opinie',
      '25 opinii',
      '100 opinii',
    ]);
    assert.deepEqual(forms('pl', 'summaryStars', 'stars'), [
      '1 gwiazdka',
      '2 gwiazdki',
      '5 gwiazdek',
      '21 gwiazdek',
      '22 gwiazdki',
      '25 gwiazdek',
      '100 gwiazdek',
    ]);
    assert.deepEqual(forms('pl', 'formCharactersLeft'), [
      'Pozostał 1 znak',
      'Pozostały 2 znaki',
      'Pozostało 5 znaków',
      'Pozostało 21 znaków',
      'Pozostały 22 znaki',
      'Pozostało 25 znaków',
      'Pozostało 100 znaków',
    ]);
    // 12–14 are not "few" in Polish.
    assert.equal(translate('pl', 'ratingCount', { count: 12 }), '12 opinii');
    assert.equal(translate('pl', 'ratingValue', { value: '4', max: '5' }, { max: 5 }), '4 z 5 gwiazdek');
  });

  test('Arabic: singular, dual, plural (3–10), accusative singular (11–99)', () => {
    assert.deepEqual(forms('ar', 'ratingCount'), [
      '1 مراجعة',
      '2 مراجعتان',
      '5 مراجعات',
      '21 مراجعة',
      '22 مراجعة',
      '25 مراجعة',
      '100 مراجعة',
    ]);
    assert.deepEqual(forms('ar', 'summaryStars', 'stars'), [
      '1 نجمة',
      '2 نجمتان',
      '5 نجوم',
      '21 نجمة',
      '22 نجمة',
      '25 نجمة',
      '100 نجمة',
    ]);
    assert.deepEqual(forms('ar', 'formCharactersLeft'), [
      'بقي 1 حرف',
      'بقي 2 حرفان',
      'بقي 5 أحرف',
      'بقي 21 حرفًا',
      'بقي 22 حرفًا',
      'بقي 25 حرفًا',
      'بقي 100 حرف',
    ]);
    assert.equal(translate('ar', 'ratingCount', { count: '0' }, { count: 0 }), '0 مراجعة');
    assert.equal(translate('ar', 'ratingCount', { count: '103' }, { count: 103 }), '103 مراجعات');
    assert.equal(translate('ar', 'ratingValue', { value: '4', max: '5' }, { max: 5 }), '4 من أصل 5 نجوم');
  });

  test('languages with one and other pick the singular only for 1', () => {
    assert.equal(translate('sv', 'ratingCount', { count: 1 }), '1 recension');
    assert.equal(translate('sv', 'ratingCount', { count: 21 }), '21 recensioner');
    assert.equal(translate('de', 'summaryStars', { stars: 1 }), '1 Stern');
    assert.equal(translate('de', 'summaryStars', { stars: 5 }), '5 Sterne');
    // French treats 0 and 1 as singular.
    assert.equal(translate('fr', 'formCharactersLeft', { count: 0 }), '0 caractère restant');
    assert.equal(translate('fr', 'formCharactersLeft', { count: 2 }), '2 caractères restants');
  });
});

describe('isolate(): data in a sentence stays inside its bidi isolate', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';
  test('plain text is wrapped as it is', () => {
    assert.equal(isolate('Anna'), `${FSI}Anna${PDI}`);
    assert.equal(isolate('مرحبا'), `${FSI}مرحبا${PDI}`);
  });
  test('a stray closer in the data cannot end the isolate early', () => {
    assert.equal(isolate(`Shop${PDI}\u202E Team`), `${FSI}Shop\u202E Team\u202C${PDI}`);
    assert.equal(isolate('a\u202Cb'), `${FSI}ab${PDI}`);
  });
  test('what the data opens is closed inside; balanced controls are kept', () => {
    assert.equal(isolate('\u2067abc'), `${FSI}\u2067abc${PDI}${PDI}`);
    assert.equal(isolate('\u2067a\u202Bb\u2069c'), `${FSI}\u2067a\u202Bb\u202C\u2069c${PDI}`);
    assert.equal(isolate('\u202Dx\u202C'), `${FSI}\u202Dx\u202C${PDI}`);
  });
});
