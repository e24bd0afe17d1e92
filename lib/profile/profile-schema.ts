import { z } from 'zod';

// The profile a person keeps for ownership checks. Every field is optional (a partial profile
// still verifies what it can); what is given must look like what it claims to be.

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const field = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} is at most ${max} characters.`)
    .refine((text) => !CONTROL_CHARACTERS.test(text), `${label} cannot contain control characters.`)
    .transform((text) => text || null);

export const profileSchema = z.object({
  legalName: field('Legal name', 200).refine((name) => name === null || /\p{L}/u.test(name), 'Enter your name as it appears on your bank account.'),
  addressLine1: field('Street address', 200),
  addressLine2: field('Apartment, suite or unit', 100),
  city: field('City', 100),
  region: field('State or region', 100),
  postalCode: field('Postal code', 20).refine((code) => code === null || /^[A-Za-z0-9 -]{3,10}$/.test(code), 'Enter a postal code, like 60647.'),
  country: field('Country', 56),
  email: field('Email', 254).refine((email) => email === null || z.email().safeParse(email).success, 'Enter a valid email address, like name@example.com.'),
  phone: field('Phone', 32).refine((phone) => phone === null || /^\+?[\d\s().-]{7,}$/.test(phone) && phone.replace(/\D/g, '').length >= 7 && phone.replace(/\D/g, '').length <= 15, 'Enter a phone number, like (312) 555-0147.'),
});
export type ProfileInput = z.infer<typeof profileSchema>;
export const PROFILE_FIELDS = Object.keys(profileSchema.shape) as (keyof ProfileInput)[];
