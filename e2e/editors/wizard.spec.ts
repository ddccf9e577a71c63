import { field } from '../support/console';
import { expect, test } from '../support/fixtures';
import { applyAndVerify, chooseScenario, pickSources } from '../support/wizard-flow';

/**
 * The setup wizard's site/LAN scenario, start to verify. It lives with the editors so it runs twice:
 * on the embedded demo and against `nbrc serve --token` (the served-api project), whose control
 * plane also simulates the install. The other scenarios are in e2e/wizard.spec.ts.
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
  // The rule is stored with bidirectional off: the policy page words that as one-way (rule-direction).
  await expect(field(page, 'Direction')).toHaveText('One-way (sources open connections to destinations)');
  await expect(field(page, 'Sources')).toContainText('Engineers');
  await expect(field(page, 'Destinations')).toContainText('Branch LAN resources');
  await page.goto('/networks');
  await page.getByRole('link', { name: 'Branch LAN', exact: true }).click();
  await expect(page.getByRole('main')).toContainText('10.77.0.0/16');
});

