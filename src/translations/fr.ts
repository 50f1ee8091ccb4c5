/** French (français). */
import { registerTranslation, type Translation } from '../core/i18n.js';

export const fr: Partial<Translation> = {
  ratingValue: { by: 'max', one: '{value} sur {max} étoile', other: '{value} sur {max} étoiles' },
  ratingCount: { by: 'count', one: '{count} avis', other: '{count} avis' },
  ratingWithCount: '{rating}, {count}',
  notRated: 'Non noté',
  noRatingsYet: 'Aucune note pour le moment',
  ratingInputLabel: 'Note',
  ratingOption: { by: 'max', one: '{value} sur {max} étoile', other: '{value} sur {max} étoiles' },
  ratingRequired: 'Veuillez choisir une note.',
};

registerTranslation('fr', fr);
