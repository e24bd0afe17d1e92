import { z } from 'zod';

// What the bank says about who holds an account, read leniently from the stored JSON
// (BankAccount.holdersJson and BankConnection.customerJson): anything unreadable is simply absent.

const text = z.string().optional().catch(undefined);
const bankNameSchema = z.object({ first: text, middle: text, last: text, company: text }).catch({});
const bankAddressSchema = z.object({ line1: text, line2: text, city: text, region: text, state: text, postalCode: text, country: text });
const bankPhoneSchema = z.object({ country: text, number: text });
const list = <T extends z.ZodType>(item: T) => z.array(item.optional().catch(undefined)).optional().catch(undefined).transform((items) => (items ?? []).filter((x): x is z.output<T> => x != null));

export const bankContactSchema = z.object({
  holders: list(z.object({ name: bankNameSchema, relationship: text })),
  emails: list(z.string()),
  addresses: list(bankAddressSchema),
  telephones: list(bankPhoneSchema),
});
export type BankContact = z.infer<typeof bankContactSchema>;

export const bankCustomerSchema = z.object({
  name: bankNameSchema.optional(),
  email: list(z.string()),
  addresses: list(bankAddressSchema),
  telephones: list(bankPhoneSchema),
});
export type BankCustomer = z.infer<typeof bankCustomerSchema>;
export type BankAddress = z.infer<typeof bankAddressSchema>;
export type BankName = z.infer<typeof bankNameSchema>;

export function parseJsonWith<T>(schema: z.ZodType<T>, json: string | null | undefined): T | null {
  if (!json) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The user's side of the comparison (lib/profile stores it). */
export type OwnerProfile = {
  legalName?: string | null;
  addressLine1?: string | null;
  addressLine2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
  email?: string | null;
  phone?: string | null;
};

export type OwnershipField = 'name' | 'address' | 'email' | 'phone';
export type FieldResult = 'match' | 'partial' | 'mismatch' | 'missing';
export type FieldCheck = { field: OwnershipField; result: FieldResult; reason: string };
export type OwnershipStatus = 'verified' | 'partial' | 'not_verified';
export type OwnershipResult = { status: OwnershipStatus; summary: string; holders: { name: string; relationship: string | null }[]; fields: FieldCheck[] };
