/** German (Deutsch). */
import { registerTranslation, type Translation } from '../core/i18n.js';

export const de: Partial<Translation> = {
  ratingValue: { by: 'max', one: '{value} von {max} Stern', other: '{value} von {max} Sternen' },
  ratingCount: { by: 'count', one: '{count} Bewertung', other: '{count} Bewertungen' },
  ratingWithCount: '{rating}, {count}',
  notRated: 'Nicht bewertet',
  noRatingsYet: 'Noch keine Bewertungen',
  ratingInputLabel: 'Bewertung',
  ratingOption: { by: 'max', one: '{value} von {max} Stern', other: '{value} von {max} Sternen' },
  ratingRequired: 'Bitte wählen Sie eine Bewertung.',
};

registerTranslation('de', de);
