/** Swedish (svenska). */
import { registerTranslation, type Translation } from '../core/i18n.js';

export const sv: Partial<Translation> = {
  ratingValue: { by: 'max', one: '{value} av {max} stjärna', other: '{value} av {max} stjärnor' },
  ratingCount: { by: 'count', one: '{count} recension', other: '{count} recensioner' },
  ratingWithCount: '{rating}, {count}',
  notRated: 'Inte betygsatt',
  noRatingsYet: 'Inga betyg ännu',
  ratingInputLabel: 'Betyg',
  ratingOption: { by: 'max', one: '{value} av {max} stjärna', other: '{value} av {max} stjärnor' },
  ratingRequired: 'Välj ett betyg.',
};

registerTranslation('sv', sv);
