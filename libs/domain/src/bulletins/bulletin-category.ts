/** Kinds of notice; mirrored by a check constraint on bulletins.category. */
export const BULLETIN_CATEGORY_VALUES = ['tender', 'award', 'change', 'intent', 'proposed', 'news', 'other'] as const;
export type BulletinCategoryValue = (typeof BULLETIN_CATEGORY_VALUES)[number];
