import { expect, test, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { signIn, signOut, signUp, uniqueEmail } from './helpers';

// Codes are computed here from the secret the page shows, as an authenticator app would. The
// next step's code is used each time: the server accepts one step of drift and never the same
// step twice, so this never collides with the code used just before.
async function nextCode(secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
}

async function addVirtualAuthenticator(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
}

async function expectRefusedWithoutFactor(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/sign-in\/verify/);
  // Every other page treats the half-signed-in session as signed out.
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in\/verify/);
  const api = await page.request.get('/api/export/transactions');
  expect(api.status()).toBe(401);
}

test('enrol an authenticator and a passkey, sign in with each, refused without them', async ({ page }) => {
  await addVirtualAuthenticator(page);
  const email = uniqueEmail('2fa');
  await signUp(page, email);

  // Authenticator app: the secret as text, confirmed with a code, ten recovery codes shown once.
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('Code from the app').fill('000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('That code is not right')).toBeVisible();
  await page.getByLabel('Code from the app').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('Two-factor sign-in is on.')).toBeVisible();
  const recoveryCodes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
  expect(recoveryCodes).toHaveLength(10);

  // A passkey, through Chromium's virtual authenticator.
  await page.getByLabel('Passkey name').fill('Test key');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByText('Passkey “Test key” added.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your passkeys' }).getByText('Test key')).toBeVisible();

  // Password alone is not enough; a wrong code is refused; the right one signs in.
  await signOut(page);
  await signIn(page, email);
  await expectRefusedWithoutFactor(page);
  await page.getByLabel('Authenticator or recovery code').fill('123456');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText('That code is not right')).toBeVisible();
  await expectRefusedWithoutFactor(page);
  await page.getByLabel('Authenticator or recovery code').fill(await nextCode(secret));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // A recovery code works once.
  await signOut(page);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/sign-in\/verify/);
  await page.getByLabel('Authenticator or recovery code').fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);
  await signIn(page, email);
  await page.getByLabel('Authenticator or recovery code').fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText('That code is not right')).toBeVisible();

  // The passkey as the second step.
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // And without a password at all.
  await signOut(page);
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // "Confirm it's you" before a risky action: a wrong code is refused, the passkey confirms.
  const confirm = page.getByRole('region', { name: 'Confirm it’s you' });
  await confirm.getByLabel('Authenticator or recovery code').fill('000000');
  await confirm.getByRole('button', { name: 'Confirm it’s you' }).click();
  await expect(confirm.getByText('That code is not right')).toBeVisible();
  await confirm.getByRole('button', { name: 'Confirm with a passkey' }).click();
  await expect(confirm.getByText(/^Confirmed\./)).toBeVisible();
});
