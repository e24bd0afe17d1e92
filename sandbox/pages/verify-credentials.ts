import { timingSafeEqual } from 'node:crypto';
import { findSandboxCustomerByUsername, type SandboxCustomer } from '../data/customers';

/** The customer for a username and password, or undefined; callers show one message for every failure. */
export function verifySandboxCredentials(username: string, password: string): SandboxCustomer | undefined {
  const customer = findSandboxCustomerByUsername(username.trim());
  if (!customer) return undefined;
  const expected = Buffer.from(customer.password);
  const given = Buffer.from(password);
  return expected.length === given.length && timingSafeEqual(expected, given) ? customer : undefined;
}
