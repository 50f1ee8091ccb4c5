/** Polish (polski). */
import { registerTranslation, type Translation } from '../core/i18n.js';

export const pl: Partial<Translation> = {
  ratingValue: { by: 'max', one: '{value} z {max} gwiazdki', other: '{value} z {max} gwiazdek' },
  ratingCount: { by: 'count', one: '{count} opinia', few: '{count} opinie', many: '{count} opinii', other: '{count} opinii' },
  ratingWithCount: '{rating}, {count}',
  notRated: 'Brak oceny',
  noRatingsYet: 'Brak ocen',
  ratingInputLabel: 'Ocena',
  ratingOption: { by: 'max', one: '{value} z {max} gwiazdki', other: '{value} z {max} gwiazdek' },
  ratingRequired: 'Wybierz ocenę.',
};

registerTranslation('pl', pl);
