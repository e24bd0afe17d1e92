import { timingSafeEqual } from 'node:crypto';
import { findSandboxCustomerByUsername, type SandboxCustomer, type SandboxInstitutionId } from '../data/customers';
import { createAttemptThrottle, type AttemptThrottle } from '../oauth/attempt-throttle';

/** The customer for a username and password, or undefined; callers show one message for every failure. */
/** Only this bank's customers: Chase's users cannot sign in at the credit union, and the other way round. */
export function verifySandboxCredentials(username: string, password: string, institution: SandboxInstitutionId = 'chase'): SandboxCustomer | undefined {
  const customer = findSandboxCustomerByUsername(username.trim(), institution);
  if (!customer) return undefined;
  const expected = Buffer.from(customer.password);
  const given = Buffer.from(password);
  return expected.length === given.length && timingSafeEqual(expected, given) ? customer : undefined;
}

/** Like a real bank: after five wrong passwords for a username from one address, the password is not checked for 15 minutes. */
export function createPasswordThrottle(): AttemptThrottle {
  return createAttemptThrottle({ maxFailures: 5, windowMs: 15 * 60 * 1000 });
}

export type CredentialCheck = { customer: SandboxCustomer; throttled?: undefined } | { customer?: undefined; throttled: boolean };

/** verifySandboxCredentials behind the throttle; `address` is the address that tried. */
export function checkSandboxCredentials(throttle: AttemptThrottle, username: string, password: string, address: string, institution: SandboxInstitutionId = 'chase'): CredentialCheck {
  const key = `${username.trim().toLowerCase()}|${address}`;
  if (throttle.isThrottled(key)) return { throttled: true };
  const customer = verifySandboxCredentials(username, password, institution);
  if (!customer) {
    throttle.recordFailure(key);
    return { throttled: false };
  }
  throttle.clear(key);
  return { customer };
}
