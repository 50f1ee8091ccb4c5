/** Russian (русский). */
import { registerTranslation, type Translation } from '../core/i18n.js';

export const ru: Partial<Translation> = {
  ratingValue: { by: 'max', one: '{value} из {max} звезды', other: '{value} из {max} звёзд' },
  ratingCount: { by: 'count', one: '{count} отзыв', few: '{count} отзыва', many: '{count} отзывов', other: '{count} отзыва' },
  ratingWithCount: '{rating}, {count}',
  notRated: 'Без оценки',
  noRatingsYet: 'Оценок пока нет',
  ratingInputLabel: 'Оценка',
  ratingOption: { by: 'max', one: '{value} из {max} звезды', other: '{value} из {max} звёзд' },
  ratingRequired: 'Выберите оценку.',
};

registerTranslation('ru', ru);
