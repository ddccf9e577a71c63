import { expect, type Page } from '@playwright/test';

/**
 * wizard-flow: the setup wizard's steps as a user goes through them (by labels and roles), shared
 * by the wizard specs on the embedded control plane and against `nbrc serve`.
 */
export const wizardStep = (page: Page, title: string) => page.getByRole('region').filter({ has: page.getByRole('heading', { name: title }) }).first();

export async function chooseScenario(page: Page, label: string): Promise<void> {
  await page.goto('/wizard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Setup wizard', { timeout: 15_000 });
  await page.getByRole('radio', { name: new RegExp(`^${label}`) }).click();
  await expect(page.getByText('2. Network and resources')).toBeVisible();
}

export async function pickSources(page: Page, group: string): Promise<void> {
  const box = page.getByRole('combobox', { name: /source groups|Exit node users/i });
  await box.click();
  await box.fill(group);
  await page.getByRole('option', { name: new RegExp(`^${group}\\b`) }).click();
}

/** applyAndVerify: review, apply, install the simulated new peer, trace; expects an allowed verdict. */
export async function applyAndVerify(page: Page, newPeer: string | null): Promise<void> {
  await expect(page.getByText('6. Review')).toBeVisible();
  await page.getByRole('button', { name: 'Apply the plan' }).click();
  await expect(page.getByText('Plan applied')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Next: verify' }).click();
  if (newPeer) {
    await expect(page.getByTestId('setup-key')).toHaveText(/^[0-9A-F-]{36}$/);
    await page.getByRole('button', { name: `Simulate install of ${newPeer}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'joined' })).toContainText('All 1 new routing peer(s) joined', { timeout: 15_000 });
  }
  await page.getByRole('button', { name: /^Trace to / }).click();
  await expect(page.getByText('Verdict: allowed')).toBeVisible({ timeout: 15_000 });
}
