import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NAV_ITEMS } from '../lib/nav-items';
import { appUrl } from '../playwright.config';
import { linkInPopup, signUp, uniqueEmail } from './helpers';

async function seriousViolations(page: Page): Promise<string[]> {
  // target-size (WCAG 2.5.8, 24×24 px) is off in axe by default; these pages must pass it too.
  const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // Contrast failures name their colours, so the theme token to change is plain from the report.
  const detail = (data: unknown) => {
    const colours = data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | null;
    return colours?.fgColor ? ` (${colours.fgColor} on ${colours.bgColor}, ${colours.contrastRatio})` : '';
  };
  return serious.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')}${detail(n.any[0]?.data)}`).join(', ')}`);
}

async function expectNoSeriousViolations(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

test('sign-in and sign-up pages have no serious accessibility violations', async ({ page }) => {
  for (const path of ['/sign-in', '/sign-up', '/']) {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  }
});

test('the shell, accounts and settings pass axe in light and dark themes, on a phone and a desktop', async ({ page }) => {
  test.setTimeout(180_000);
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

// Every signed-in page, with data (the sandbox consumer linked), in both themes and on a desktop
// and a phone. The pages come from the menu (lib/nav-items.ts) plus the pages below them, so a
// page added to the menu is checked too.
const everyPageSession = path.join(process.env.CASHLENS_DATA_DIR ?? os.tmpdir(), 'a11y-every-page.json');
const everyPagePaths = path.join(process.env.CASHLENS_DATA_DIR ?? os.tmpdir(), 'a11y-every-page-paths.json');

test('a consumer with data and a report (shared by the every-page checks below)', async ({ page }) => {
  test.setTimeout(600_000);
  await signUp(page, uniqueEmail('a11y-pages'));
  await page.goto('/accounts');
  await linkInPopup(page, { customer: 'consumer' });
  // A busy machine can take longer than linkCustomer's ten seconds to show the result.
  await expect(page.getByText('Your accounts are linked.')).toBeVisible({ timeout: 60_000 });
  // The first sync imports the whole history; wait until the list has rows.
  const transactions = page.getByRole('group', { name: 'Transactions' });
  await expect(async () => {
    await page.goto('/transactions');
    await expect(transactions.getByRole('link').first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 300_000, intervals: [3_000] });
  const transactionPath = await transactions.getByRole('link').first().getAttribute('href');

  await page.goto('/accounts');
  const importPath = await page.getByRole('link', { name: /^Import a file into/ }).first().getAttribute('href');

  await page.goto('/reports');
  const reports = page.getByRole('region', { name: 'Lending reports' });
  await reports.getByLabel('Report title').fill('Accessibility check');
  await reports.getByRole('button', { name: 'Create report' }).click();
  await expect(reports.getByLabel('Share link')).toBeVisible();
  await page.goto('/reports');
  const reportPath = await reports.getByRole('link', { name: 'Accessibility check' }).getAttribute('href');

  const subPages = [transactionPath, '/transactions/rules', importPath, reportPath, '/settings?activity=all', '/alerts?show=all'];
  // On PostgreSQL nothing else creates the data folder.
  fs.mkdirSync(path.dirname(everyPagePaths), { recursive: true });
  fs.writeFileSync(everyPagePaths, JSON.stringify([...NAV_ITEMS.map((item) => item.href), ...subPages]));
  await page.context().storageState({ path: everyPageSession });
});

for (const theme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [['desktop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    test(`every signed-in page passes axe: ${device}, ${theme}`, async ({ browser }) => {
      test.setTimeout(300_000);
      const context = await browser.newContext({ storageState: everyPageSession, viewport });
      await context.addCookies([{ name: 'cashlens-theme', value: theme, url: appUrl }]);
      const page = await context.newPage();
      const paths = JSON.parse(fs.readFileSync(everyPagePaths, 'utf8')) as string[];
      // Every page is checked before the test fails, so one run lists every violation.
      const problems: string[] = [];
      for (const pagePath of paths) {
        const response = await page.goto(pagePath);
        if (response?.status() !== 200) {
          problems.push(`${pagePath}: HTTP ${response?.status()}`);
          continue;
        }
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.waitForLoadState('networkidle');
        problems.push(...(await seriousViolations(page)).map((problem) => `${pagePath}: ${problem}`));
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
}

/** Cumulative layout shift of the page so far (layout-shift entries not caused by input), as Lighthouse counts it. */
function layoutShiftSinceLoad(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const shifts = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
          resolve(shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all means no shift; the observer above then never fires.
        setTimeout(() => resolve(0), 500);
      }),
  );
}

test('on a phone every transaction amount is on screen and the filters fold behind a counted button', async ({ browser }) => {
  const context = await browser.newContext({ storageState: everyPageSession, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/transactions?q=a&status=posted');
  // A native disclosure: the <summary> one taps (browsers announce it as an expandable button) in a
  // <details> that is open or not.
  const fold = page.getByRole('search', { name: 'Filter transactions' }).locator('details');
  const filters = fold.locator('summary');
  await expect(filters).toHaveText(/^Filters 2 active/);
  await expect(fold).not.toHaveAttribute('open');
  await expect(page.getByLabel('Search')).toBeHidden();
  // The page arrives folded: nothing moved while it loaded and React started (it used to unfold the
  // filters until hydration, then fold them: a layout shift of 0.6 in Lighthouse's phone run).
  await page.waitForLoadState('networkidle');
  expect(await layoutShiftSinceLoad(page)).toBeLessThan(0.01);
  await filters.click();
  await expect(fold).toHaveAttribute('open', '');
  await expect(page.getByLabel('Search')).toHaveValue('a');

  const list = page.getByRole('group', { name: 'Transactions' });
  const amounts = list.getByText(/^[+-]?\$[\d,]+\.\d{2}$/);
  expect(await amounts.count()).toBeGreaterThan(10);
  for (const box of await amounts.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  await context.close();
});

test('on a phone every account balance is on screen, without scrolling sideways', async ({ browser }) => {
  const context = await browser.newContext({ storageState: everyPageSession, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/accounts');
  const table = page.getByRole('group', { name: /^Accounts shared through/ }).first();
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  expect(await rows.count()).toBeGreaterThan(1);
  for (const row of await rows.all()) {
    // The current balance is the row's first figure; a five-column table used to push it past the edge.
    const balance = row.getByText(/^-?\$[\d,]+\.\d{2}$/).first();
    await expect(balance).toBeVisible();
    const box = (await balance.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await table.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
  await context.close();
});

test('dashboard charts arrive drawn with no chart code; reaching one makes it interactive', async ({ browser }) => {
  const context = await browser.newContext({ storageState: everyPageSession, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto('/dashboard');
  await page.waitForLoadState('networkidle');
  const card = page.getByRole('region', { name: 'Income and expenses, last 12 months' });
  // Drawn by the server: a bar per month and series in the series' colours, and no recharts yet.
  const moneyInBars = card.locator('[style*="background-color:#0f766e"]');
  expect(await moneyInBars.count()).toBeGreaterThanOrEqual(12);
  await expect(page.locator('.recharts-surface')).toHaveCount(0);
  // The pointer reaches the chart: recharts replaces it in the same box, with its tooltip.
  const box = card.locator('div[aria-hidden="true"]').first();
  const before = await box.boundingBox();
  await box.hover();
  await expect(card.locator('.recharts-wrapper')).toBeVisible();
  const after = await card.locator('.recharts-responsive-container').boundingBox();
  expect(Math.abs(after!.height - before!.height)).toBeLessThanOrEqual(1);
  await card.locator('.recharts-bar-rectangle').last().hover();
  await expect(card.locator('.recharts-tooltip-wrapper')).toContainText('Money in');
  await context.close();
});
