import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reloadTokenKeys } from '@/lib/crypto/token-cipher';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { countUnusedRecoveryCodes, redeemRecoveryCode, replaceRecoveryCodes } from './recovery-codes';
import { checkFactorCode, hasSecondFactor, markFactorVerified, MAX_FACTOR_FAILURES } from './second-factor';
import { createSessionRecord, findActiveSession } from './sessions';
import { hasRecentFactor, requireRecentFactor, StepUpRequiredError, STEP_UP_MAX_AGE_MS } from './step-up';
import { generateTotpCode, hasConfirmedTotp, readPendingTotpSecret, removeTotp, resealTotpSecrets, startTotpEnrolment, verifyTotpCode } from './totp';

// Times are fixed, never today's: TOTP codes are computed for the injected clock.
const T0 = new Date('2026-03-10T12:00:10Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const saved = process.env.TOKEN_ENCRYPTION_KEYS;

let t: TestDatabase;
let userId: string;
let secret: string;

beforeAll(async () => {
  process.env.TOKEN_ENCRYPTION_KEYS = `test:${randomBytes(32).toString('base64')}`;
  reloadTokenKeys();
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
  process.env.TOKEN_ENCRYPTION_KEYS = saved;
  reloadTokenKeys();
});
beforeEach(async () => {
  userId = (await t.db.user.create({ data: { email: `${randomBytes(6).toString('hex')}@example.test`, passwordHash: 'unused' } })).id;
  secret = await startTotpEnrolment(t.db, userId);
});

async function confirm() {
  expect(await verifyTotpCode(t.db, userId, await generateTotpCode(secret, T0), T0, true)).toBe(true);
}

describe('authenticator codes', () => {
  it('stores the secret sealed and confirms the enrolment with a first code', async () => {
    const row = await t.db.totpFactor.findUniqueOrThrow({ where: { userId } });
    expect(row.secretCipher).not.toContain(secret);
    expect(await readPendingTotpSecret(t.db, userId)).toBe(secret);
    expect(await hasSecondFactor(t.db, userId)).toBe(false);
    // An unconfirmed secret is no factor yet: sign-in codes are refused until it is confirmed.
    expect(await verifyTotpCode(t.db, userId, await generateTotpCode(secret, T0), T0)).toBe(false);
    await confirm();
    expect(await hasConfirmedTotp(t.db, userId)).toBe(true);
    expect(await hasSecondFactor(t.db, userId)).toBe(true);
    expect(await readPendingTotpSecret(t.db, userId)).toBeNull();
  });

  it('accepts a code one step either side and refuses two steps away', async () => {
    await confirm();
    expect(await verifyTotpCode(t.db, userId, await generateTotpCode(secret, at(90)), at(60))).toBe(true);
    expect(await verifyTotpCode(t.db, userId, await generateTotpCode(secret, at(120)), at(150))).toBe(true);
    expect(await verifyTotpCode(t.db, userId, await generateTotpCode(secret, at(300)), at(240))).toBe(false);
    expect(await verifyTotpCode(t.db, userId, await generateTotpCode(secret, at(300)), at(360))).toBe(false);
  });

  it('refuses the same code twice, and an older one after a newer', async () => {
    await confirm();
    const older = await generateTotpCode(secret, at(60));
    const newer = await generateTotpCode(secret, at(90));
    expect(await verifyTotpCode(t.db, userId, newer, at(90))).toBe(true);
    expect(await verifyTotpCode(t.db, userId, newer, at(95))).toBe(false);
    expect(await verifyTotpCode(t.db, userId, older, at(90))).toBe(false);
    expect(await verifyTotpCode(t.db, userId, await generateTotpCode(secret, at(120)), at(120))).toBe(true);
  });

  it('refuses malformed codes and a second enrolment over a confirmed one', async () => {
    await confirm();
    for (const bad of ['', '12345', '1234567', 'abcdef']) expect(await verifyTotpCode(t.db, userId, bad, at(30))).toBe(false);
    await expect(startTotpEnrolment(t.db, userId)).rejects.toThrow(/already set up/);
    await removeTotp(t.db, userId);
    expect(await hasSecondFactor(t.db, userId)).toBe(false);
  });
});

describe('key rotation', () => {
  it('reseals secrets under the new key, after which the old key can go', async () => {
    await confirm();
    const oldKeys = process.env.TOKEN_ENCRYPTION_KEYS!;
    process.env.TOKEN_ENCRYPTION_KEYS = `next:${randomBytes(32).toString('base64')},${oldKeys}`;
    reloadTokenKeys();
    expect(await resealTotpSecrets(t.db, 'next')).toBeGreaterThanOrEqual(1);
    expect((await t.db.totpFactor.findUniqueOrThrow({ where: { userId } })).secretKeyId).toBe('next');
    process.env.TOKEN_ENCRYPTION_KEYS = process.env.TOKEN_ENCRYPTION_KEYS.split(',')[0];
    reloadTokenKeys();
    expect(await verifyTotpCode(t.db, userId, await generateTotpCode(secret, at(30)), at(30))).toBe(true);
    process.env.TOKEN_ENCRYPTION_KEYS = oldKeys;
    reloadTokenKeys();
    await t.db.totpFactor.deleteMany({ where: { secretKeyId: 'next' } });
  });
});

describe('recovery codes', () => {
  it('gives ten codes, each usable once, replaced as a set', async () => {
    await confirm();
    const codes = await replaceRecoveryCodes(t.db, userId);
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    expect(await redeemRecoveryCode(t.db, userId, codes[0]!.toUpperCase().replaceAll('-', ' '), T0)).toBe(true);
    expect(await redeemRecoveryCode(t.db, userId, codes[0]!, T0)).toBe(false);
    expect(await countUnusedRecoveryCodes(t.db, userId)).toBe(9);
    const fresh = await replaceRecoveryCodes(t.db, userId);
    expect(await redeemRecoveryCode(t.db, userId, codes[1]!, T0)).toBe(false);
    expect(await checkFactorCode(t.db, userId, fresh[1]!, T0)).toBe('ok');
  });

  it('outlive the authenticator while a passkey remains, and go with it otherwise', async () => {
    await confirm();
    await replaceRecoveryCodes(t.db, userId);
    await t.db.passkey.create({ data: { userId, credentialId: `cred-${userId}`, publicKey: 'pk', name: 'Key' } });
    await removeTotp(t.db, userId);
    expect(await countUnusedRecoveryCodes(t.db, userId)).toBe(10);
    expect(await hasSecondFactor(t.db, userId)).toBe(true);
    await t.db.passkey.deleteMany({ where: { userId } });
    await removeTotp(t.db, userId);
    expect(await countUnusedRecoveryCodes(t.db, userId)).toBe(0);
    expect(await hasSecondFactor(t.db, userId)).toBe(false);
  });

  it('is one user’s only', async () => {
    const codes = await replaceRecoveryCodes(t.db, userId);
    const other = (await t.db.user.create({ data: { email: `${randomBytes(6).toString('hex')}@example.test`, passwordHash: 'x' } })).id;
    expect(await redeemRecoveryCode(t.db, other, codes[0]!, T0)).toBe(false);
  });
});

describe('wrong codes', () => {
  it(`locks the factor after ${MAX_FACTOR_FAILURES} misses in the window, even for a right code`, async () => {
    await confirm();
    for (let i = 0; i < MAX_FACTOR_FAILURES; i++) expect(await checkFactorCode(t.db, userId, '000000', at(60))).toBe('wrong');
    expect(await checkFactorCode(t.db, userId, await generateTotpCode(secret, at(60)), at(60))).toBe('locked');
    // Past the window the right code works again.
    expect(await checkFactorCode(t.db, userId, await generateTotpCode(secret, at(16 * 60)), at(16 * 60))).toBe('ok');
  });
});

describe('sessions waiting for a factor, and step-up', () => {
  it('a pending session is marked so, and giving the factor clears it and makes it fresh', async () => {
    const session = await createSessionRecord(userId, null, t.db, { secondFactorPending: true, factorVerifiedAt: null });
    expect((await findActiveSession(session.sessionToken, t.db))?.secondFactorPending).toBe(true);
    expect(await hasRecentFactor(t.db, session.id, STEP_UP_MAX_AGE_MS, T0)).toBe(false);
    await markFactorVerified(t.db, session.id, T0);
    expect((await findActiveSession(session.sessionToken, t.db))?.secondFactorPending).toBe(false);
    expect(await hasRecentFactor(t.db, session.id, STEP_UP_MAX_AGE_MS, at(60))).toBe(true);
  });

  it('step-up goes stale after the allowed age', async () => {
    const session = await createSessionRecord(userId, null, t.db, { secondFactorPending: false, factorVerifiedAt: T0 });
    const user = { id: userId, email: 'x', name: null, sessionId: session.id, activeWorkspaceId: null };
    await expect(requireRecentFactor(user, STEP_UP_MAX_AGE_MS, t.db, at(9 * 60))).resolves.toBeUndefined();
    await expect(requireRecentFactor(user, STEP_UP_MAX_AGE_MS, t.db, at(11 * 60))).rejects.toBeInstanceOf(StepUpRequiredError);
  });
});
