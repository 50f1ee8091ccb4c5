/** Dutch (Nederlands). */
import { registerTranslation, type Translation } from '../core/i18n.js';

export const nl: Partial<Translation> = {
  ratingValue: { by: 'max', one: '{value} van {max} ster', other: '{value} van {max} sterren' },
  ratingCount: { by: 'count', one: '{count} beoordeling', other: '{count} beoordelingen' },
  ratingWithCount: '{rating}, {count}',
  notRated: 'Niet beoordeeld',
  noRatingsYet: 'Nog geen beoordelingen',
  ratingInputLabel: 'Beoordeling',
  ratingOption: { by: 'max', one: '{value} van {max} ster', other: '{value} van {max} sterren' },
  ratingRequired: 'Kies een beoordeling.',
};

registerTranslation('nl', nl);
