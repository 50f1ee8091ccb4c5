/** Arabic (العربية), written right to left. */
import { registerTranslation, type Translation } from '../core/i18n.js';

export const ar: Partial<Translation> = {
  ratingValue: {
    by: 'max',
    one: '{value} من أصل نجمة واحدة',
    two: '{value} من أصل نجمتين',
    few: '{value} من أصل {max} نجوم',
    other: '{value} من أصل {max} نجمة',
  },
  ratingCount: {
    by: 'count',
    zero: 'لا توجد مراجعات',
    one: 'مراجعة واحدة',
    two: 'مراجعتان',
    few: '{count} مراجعات',
    many: '{count} مراجعة',
    other: '{count} مراجعة',
  },
  ratingWithCount: '{rating}، {count}',
  notRated: 'غير مُقيَّم',
  noRatingsYet: 'لا توجد تقييمات بعد',
  ratingInputLabel: 'التقييم',
  ratingOption: {
    by: 'max',
    one: '{value} من أصل نجمة واحدة',
    two: '{value} من أصل نجمتين',
    few: '{value} من أصل {max} نجوم',
    other: '{value} من أصل {max} نجمة',
  },
  ratingRequired: 'يُرجى اختيار تقييم.',
};

registerTranslation('ar', ar);
