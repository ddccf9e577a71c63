import { expect, test } from './support/fixtures';
import { applyAndVerify, chooseScenario, pickSources } from './support/wizard-flow';

/**
 * The guided routing-peer setup (issue 7), on the demo account: one test per scenario from start
 * to verify, and a failure injected at Apply that leaves a resumable plan without duplicates.
 */
test.describe.configure({ timeout: 120_000 });

test('site/LAN: new network, new Linux routing peer, one-way policy, verified by trace', async ({ page }) => {
  await chooseScenario(page, 'Site or LAN access');
  await page.getByLabel('Network name').fill('Branch LAN');
  await page.getByLabel('Resource group name').fill('Branch LAN resources');
  await page.getByLabel('Resource 1 address').fill('10.77.0.0/16');
  await page.getByRole('button', { name: 'Next: routing peers' }).click();

  await page.getByRole('button', { name: 'Add new peer' }).click();
  await page.getByLabel('New peer 1 name').fill('branch-gw-new');
  await page.getByLabel('Peer 1 metric').fill('100');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  await expect(page.getByText('4. Install')).toBeVisible();
  await page.getByLabel('Routing-peers group').fill('Branch LAN routing peers');
  await page.getByLabel('Setup key name').fill('Branch LAN routing peers');
  await expect(page.getByText('sudo sysctl -w net.ipv4.ip_forward=1')).toBeVisible();
  await page.getByRole('button', { name: 'Next: access' }).click();

  await pickSources(page, 'Engineers');
  await page.getByLabel('Policy name').fill('Engineers to Branch LAN');
  await expect(page.getByRole('switch', { name: 'Bidirectional' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next: review' }).click();

  await expect(page.getByText('Policy "Engineers to Branch LAN" (forward chain, one-way)')).toBeVisible();
  // Reload-safe: the draft survives a reload at the Review step.
  await page.reload();
  await expect(page.getByText('6. Review')).toBeVisible({ timeout: 15_000 });
  await applyAndVerify(page, 'branch-gw-new');

  // The objects exist with the right fields.
  await page.goto('/policies');
  await page.getByRole('link', { name: 'Engineers to Branch LAN', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engineers to Branch LAN', { timeout: 15_000 });
  await expect(page.getByRole('main')).not.toContainText(/bidirectional:\s*on/i);
  await page.goto('/networks');
  await page.getByRole('link', { name: 'Branch LAN', exact: true }).click();
  await expect(page.getByRole('main')).toContainText('10.77.0.0/16');
});

test('a call refused at Apply leaves a resumable plan; retries finish it without duplicates', async ({ page }) => {
  // Every third change request is refused with a 500 (reads still work), from the first load on.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('nbrc.faults.armed')) {
      sessionStorage.setItem('nbrc.faults', JSON.stringify({ kind: 'error-500', scope: 'changes', frequency: 'every-third' }));
      sessionStorage.setItem('nbrc.faults.armed', '1');
    }
  });
  await chooseScenario(page, 'Site or LAN access');
  await page.getByLabel('Network name').fill('Fault LAN');
  await page.getByLabel('Resource group name').fill('Fault LAN resources');
  await page.getByLabel('Resource 1 address').fill('10.78.0.0/16');
  await page.getByRole('button', { name: 'Next: routing peers' }).click();
  await page.getByRole('button', { name: 'Add existing peer' }).click();
  const peer = page.getByRole('combobox', { name: 'Peer 1' });
  await peer.click();
  await peer.fill('branch-gw');
  await page.getByRole('option', { name: /^branch-gw\b/ }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await pickSources(page, 'Engineers');
  await page.getByLabel('Policy name').fill('Engineers to Fault LAN');
  await page.getByRole('button', { name: 'Next: review' }).click();
  await page.getByRole('button', { name: 'Apply the plan' }).click();

  // The third change (the resource, after its group and network) is refused: it says which call and why, and keeps the plan.
  await expect(page.getByRole('alert').filter({ hasText: 'Failed: Resource "LAN" (10.78.0.0/16)' })).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Failed' })).toBeVisible({ timeout: 15_000 });
  for (let i = 0; i < 5 && !(await page.getByText('Plan applied').isVisible()); i++) {
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText('Plan applied').or(page.getByRole('alert').filter({ hasText: 'Failed' }))).toBeVisible({ timeout: 15_000 });
  }
  await expect(page.getByText('Plan applied')).toBeVisible();

  await page.getByRole('button', { name: 'Next: verify' }).click();
  await page.getByRole('button', { name: /^Trace to / }).click();
  await expect(page.getByText('Verdict: allowed')).toBeVisible({ timeout: 15_000 });

  await page.goto('/networks');
  await expect(page.getByRole('link', { name: 'Fault LAN', exact: true })).toHaveCount(1, { timeout: 15_000 });
  await page.goto('/groups');
  await expect(page.getByRole('link', { name: 'Fault LAN resources', exact: true })).toHaveCount(1, { timeout: 15_000 });
  await page.goto('/policies');
  await expect(page.getByRole('link', { name: 'Engineers to Fault LAN', exact: true })).toHaveCount(1, { timeout: 15_000 });
});
