import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-rules';

// Limits are generous for people and tight enough that a 10 kB paste is refused, not hashed.
const EMAIL_MAX = 254;
const NAME_MAX = 100;

// Control characters have no place in a name and would corrupt how it is shown.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .min(1, 'Enter your email address.')
  .max(EMAIL_MAX, `Email addresses are at most ${EMAIL_MAX} characters.`)
  .pipe(z.email('Enter a valid email address, like name@example.com.'))
  .transform((email) => email.toLowerCase());

export const newPasswordSchema = z
  .string({ error: 'Choose a password.' })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

const nameSchema = z
  .string()
  .trim()
  .max(NAME_MAX, `Names are at most ${NAME_MAX} characters.`)
  .refine((name) => !CONTROL_CHARACTERS.test(name), 'Names cannot contain control characters.')
  .optional()
  .transform((name) => (name ? name : undefined));

export const signUpSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    confirmPassword: z.string({ error: 'Repeat your password.' }),
  })
  .refine((form) => form.password === form.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  });

export const signInSchema = z.object({
  email: emailSchema,
  // Any length is checked against the hash only up to the maximum a password can have.
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(PASSWORD_MAX, 'The email or password is incorrect.'),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(PASSWORD_MAX, 'The current password is incorrect.'),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: 'Repeat the new password.' }),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  });
