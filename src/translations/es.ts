/** Spanish (español). */
import { registerTranslation, type Translation } from '../core/i18n.js';

export const es: Partial<Translation> = {
  ratingValue: { by: 'max', one: '{value} de {max} estrella', other: '{value} de {max} estrellas' },
  ratingCount: { by: 'count', one: '{count} reseña', other: '{count} reseñas' },
  ratingWithCount: '{rating}, {count}',
  notRated: 'Sin valorar',
  noRatingsYet: 'Todavía no hay valoraciones',
  ratingInputLabel: 'Valoración',
  ratingOption: { by: 'max', one: '{value} de {max} estrella', other: '{value} de {max} estrellas' },
  ratingRequired: 'Elige una valoración.',
};

registerTranslation('es', es);
