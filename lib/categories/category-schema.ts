import { z } from 'zod';
import { nameSchema } from './category-name';
import { isCategoryColor } from './palette';

// What the category forms send. An id is only checked for shape here; ownership is checked by
// the query that uses it (another user's id reads as "not found").

const idSchema = z.string().trim().min(1, 'Choose a category.').max(64, 'Choose a category.');
const colorSchema = z
  .string()
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isCategoryColor(value), 'Choose a colour from the list.');
// Blank means "a group of its own" (a top-level category).
const groupSchema = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : null));

export const createCategorySchema = z.object({
  name: nameSchema('category'),
  parentId: groupSchema,
  kind: z.enum(['expense', 'income', 'transfer'], { message: 'Choose what kind of money this category holds.' }).default('expense'),
  color: colorSchema,
});
export type CreateCategoryInput = z.infer<typeof createCategorySchema>;

export const updateCategorySchema = z.object({
  id: idSchema,
  name: nameSchema('category'),
  parentId: groupSchema,
  color: colorSchema,
});
export type UpdateCategoryInput = z.infer<typeof updateCategorySchema>;

export const mergeCategorySchema = z.object({
  fromId: idSchema,
  intoId: z.string().trim().min(1, 'Choose the category to merge into.').max(64, 'Choose the category to merge into.'),
});
