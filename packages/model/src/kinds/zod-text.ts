import { z } from 'zod';

export const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
export const requiredText = (max: number) => text(max).min(1, 'is required');
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));
/** Blank or null is "not stated"; a null or undefined stays as it came, so an edit that leaves it out keeps it. */
export const nullable = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((v) => v ?? null);
