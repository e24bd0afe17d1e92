import { timingSafeEqual } from 'node:crypto';
import { findSandboxCustomerByUsername, type SandboxCustomer, type SandboxInstitutionId } from '../data/customers';

/** The customer for a username and password, or undefined; callers show one message for every failure. */
/** Only this bank's customers: Chase's users cannot sign in at the credit union, and the other way round. */
export function verifySandboxCredentials(username: string, password: string, institution: SandboxInstitutionId = 'chase'): SandboxCustomer | undefined {
  const customer = findSandboxCustomerByUsername(username.trim(), institution);
  if (!customer) return undefined;
  const expected = Buffer.from(customer.password);
  const given = Buffer.from(password);
  return expected.length === given.length && timingSafeEqual(expected, given) ? customer : undefined;
}
