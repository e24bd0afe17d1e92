import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('sign-in and sign-up pages have no serious accessibility violations', async ({ page }) => {
  for (const path of ['/sign-in', '/sign-up', '/']) {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  }
});

test('the shell, accounts and settings pass axe in light and dark themes, on a phone and a desktop', async ({ page }) => {
  await signUp(page, uniqueEmail('a11y'));
  for (const theme of ['Light', 'Dark'] as const) {
    await page.goto('/settings');
    await page.getByLabel(theme, { exact: true }).check();
    await page.getByRole('button', { name: 'Save appearance' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(viewport);
      for (const path of ['/accounts', '/settings', '/alerts']) {
        await page.goto(path);
        await expectNoSeriousViolations(page);
      }
    }
  }
});

test('the app is usable with the keyboard: skip link, then the navigation', async ({ page }) => {
  await signUp(page, uniqueEmail('keys'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Dashboard' })).toBeFocused();
});

test('on a phone the menu closes after navigating, on Escape and on a tap outside it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, uniqueEmail('menu'));
  const menuButton = page.getByText('Menu', { exact: true });
  const menu = page.getByRole('navigation', { name: 'Main' }).filter({ visible: true });

  await menuButton.click();
  await menu.getByRole('link', { name: 'Budgets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Budgets/ })).toBeVisible();
  await expect(menu).toHaveCount(0);

  await menuButton.click();
  await expect(menu).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(menuButton).toBeFocused();

  // A tap below the open menu (it covers the top of the page).
  await menuButton.click();
  await expect(menu).toHaveCount(1);
  await page.mouse.click(195, 830);
  await expect(menu).toHaveCount(0);
});
