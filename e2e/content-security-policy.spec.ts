import { expect, test } from '@playwright/test';
import { NAV_ITEMS } from '../lib/nav-items';
import { signUp, uniqueEmail } from './helpers';

// The nonce policy (proxy.ts) must leave the app fully working and stop injected script.

test('pages carry a nonce policy, hydrate without violations, and an injected inline handler does not run', async ({ page }) => {
  const violations: string[] = [];
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    else if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()} ${message.location().url}`);
  });
  const response = await page.goto('/sign-in');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).not.toContain('unsafe-eval');

  // Client components work: signing up runs the form's script and lands on the dashboard.
  await signUp(page, uniqueEmail('csp'));
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).filter({ visible: true }).getByRole('link', { name: 'Budgets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budgets' })).toBeVisible();
  // Every signed-in page, each with its own nonce, renders and hydrates without a single violation.
  for (const { href } of NAV_ITEMS) {
    const pageResponse = await page.goto(href);
    expect(pageResponse?.headers()['content-security-policy'], href).toMatch(/'nonce-[^']+'/);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]); // Lighthouse's best-practices audit fails on any of them

  // The tab icon is named and served (without it browsers ask for /favicon.ico: a 404 per page).
  const icon = await page.locator('head link[rel="icon"]').first().getAttribute('href');
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);

  // What injected markup would try (scripts added by the app's own scripts are trusted through
  // 'strict-dynamic', so the test injects markup, as an XSS would): an inline event handler.
  const ran = await page.evaluate(async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.__injected = true" onload="window.__injected = true">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  // The only violation is the blocked handler itself.
  expect(violations.filter((text) => !/inline event handler|script-src-attr|inline script/i.test(text))).toEqual([]);
  expect(violations.length).toBeGreaterThan(0);
});
