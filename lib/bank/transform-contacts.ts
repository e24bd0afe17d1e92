import { bankContactSchema, bankCustomerSchema, type BankContact, type BankCustomer } from '@/lib/ownership/types';
import type { FdxAccountContact, FdxCustomer } from '@/lib/bank/fdx-account-schemas';

// FDX /contact and /customers/current → the app's own holder and customer records (the shapes
// lib/ownership reads). Only the fields Cashlens uses survive; FDX wrappers and types stay here.

export type { BankContact };

/** The person or business behind a connection; `customerId` tells two logins at one bank apart. */
export type LinkedCustomer = BankCustomer & { customerId: string };

export function toBankContact(contact: FdxAccountContact): BankContact {
  return bankContactSchema.parse(contact);
}

export function toLinkedCustomer(customer: FdxCustomer): LinkedCustomer {
  return { customerId: customer.customerId, ...bankCustomerSchema.parse(customer) };
}
