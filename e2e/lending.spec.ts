import { expect, test, type Page } from '@playwright/test';
import { linkCustomer, signUp, uniqueEmail } from './helpers';

// A lending report from creation to revocation: the link opens, signed out, exactly that report;
// altered links and revoked links are gone (404, no data).

async function fillProfile(page: Page) {
  await page.goto('/settings');
  const card = page.getByRole('region', { name: 'Legal name and address' });
  await card.getByLabel('Legal name').fill('Alex J. Rivera');
  await card.getByLabel('Street address').fill('2147 West Belden Avenue');
  await card.getByLabel('City').fill('Chicago');
  await card.getByLabel('State or region').fill('IL');
  await card.getByLabel('Postal code').fill('60647');
  await card.getByLabel('Email').fill('alex.rivera@example.com');
  await card.getByLabel('Phone').fill('(312) 555-0147');
  await card.getByRole('button', { name: 'Save profile' }).click();
  await expect(card.getByText('Profile saved.')).toBeVisible();
}

test('create a lending report, open its link signed out, revoke it: the link is gone', async ({ page, browser }) => {
  await signUp(page, uniqueEmail('lending'), undefined, 'Alex');
  await fillProfile(page);
  await linkCustomer(page, 'consumer');

  await page.goto('/reports');
  const ownership = page.getByRole('region', { name: 'Account ownership' });
  const checking = ownership.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Joint Checking/ }) });
  await expect(checking.getByText('Verified', { exact: true })).toBeVisible();
  await expect(checking).toContainText('Morgan Elise Rivera');
  await expect(checking).toContainText('Name matches Alex Jordan Rivera after normalising case and middle initial.');

  const reports = page.getByRole('region', { name: 'Lending reports' });
  await reports.getByLabel('Report title').fill('Mortgage pre-approval');
  await reports.getByRole('button', { name: 'Create report' }).click();
  const shareLink = reports.getByLabel('Share link');
  await expect(shareLink).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
  const url = await shareLink.inputValue();

  // A fresh browser with no session: exactly the report, nothing of the app around it.
  const stranger = await browser.newContext();
  const lender = await stranger.newPage();
  const response = await lender.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()).toMatchObject({ 'x-robots-tag': 'noindex, nofollow', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
  await expect(lender.getByRole('heading', { level: 1, name: 'Mortgage pre-approval' })).toBeVisible();
  await expect(lender.getByText('Prepared for')).toContainText('Alex J. Rivera');
  for (const account of ['Joint Checking', 'Rainy Day Savings', 'Sapphire Card', 'Home Mortgage']) {
    await expect(lender.getByRole('heading', { level: 3, name: new RegExp(account) })).toBeVisible();
  }
  await expect(lender.getByText('Average monthly income (payroll and recurring deposits)')).toBeVisible();
  await expect(lender.getByText('Net worth', { exact: true })).toBeVisible();
  await expect(lender.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(lender.getByText('Signed in as')).toHaveCount(0);
  await expect(lender.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(lender.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  expect(response?.headers()['cache-control']).toMatch(/no-store/);

  const pdf = await stranger.request.get(`${url}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // An altered link is not a report.
  const altered = url.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
  expect((await lender.goto(altered))?.status()).toBe(404);
  await expect(lender.getByText('Mortgage pre-approval')).toHaveCount(0);

  // Revoke: the same link is now gone, for the page and the PDF.
  await page.goto('/reports');
  await reports.getByRole('button', { name: 'Revoke link to Mortgage pre-approval' }).click();
  await expect(reports.getByRole('cell', { name: /Revoked/ })).toBeVisible();
  const afterRevoke = await lender.goto(url);
  expect(afterRevoke?.status()).toBe(404);
  await expect(lender.getByText('Mortgage pre-approval')).toHaveCount(0);
  await expect(lender.getByText('Alex J. Rivera')).toHaveCount(0);
  expect((await stranger.request.get(`${url}/pdf`)).status()).toBe(404);
  await stranger.close();
});

test('monitoring thresholds outside their ranges are refused with a message; sensible ones are kept', async ({ page }) => {
  await signUp(page, uniqueEmail('thresholds'));
  await page.goto('/settings');
  const card = page.getByRole('region', { name: 'Transaction monitoring' });
  await card.getByLabel('Sensitivity').fill('1');
  await card.getByLabel('Tiny charge up to').fill('50');
  await card.getByLabel('Webhook URL (optional)').fill('http://example.com/hook');
  await card.getByRole('button', { name: 'Save monitoring settings' }).click();
  await expect(card.getByText('Some thresholds are outside their allowed ranges. Nothing was saved.')).toBeVisible();
  await expect(card.getByText('Choose the sensitivity between 3 and 20 times the usual spread.')).toBeVisible();
  await expect(card.getByText('Choose the tiny-charge limit between $0.01 and $20.00.')).toBeVisible();
  await expect(card.getByText(/Use an https:\/\/ address/)).toBeVisible();

  await card.getByLabel('Sensitivity').fill('10');
  await card.getByLabel('Tiny charge up to').fill('2.50');
  await card.getByLabel('Webhook URL (optional)').fill('https://hooks.example.com/cashlens');
  await card.getByRole('button', { name: 'Save monitoring settings' }).click();
  await expect(card.getByText('Monitoring settings saved. They apply from the next sync.')).toBeVisible();
  await page.reload();
  await expect(card.getByLabel('Sensitivity')).toHaveValue('10');
  await expect(card.getByLabel('Tiny charge up to')).toHaveValue('2.50');
  await expect(card.getByText(/Signing secret: whsec_/)).toBeVisible();
});
