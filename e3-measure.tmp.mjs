import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
const t0 = Date.now();
await p.goto('http://127.0.0.1:4313/routes/route-branch-lab');
await p.getByRole('heading', { level: 1, name: 'branch-lab' }).waitFor();
console.log('loaded', Date.now() - t0);
await p.getByRole('alert').getByRole('button', { name: 'Migrate to a Network…' }).click();
const d = p.getByRole('dialog');
await d.getByRole('list', { name: 'Migration steps' }).waitFor();
console.log('plan', Date.now() - t0);
await d.getByRole('button', { name: 'Apply migration' }).click();
const t1 = Date.now();
for (let i = 1; i <= 6; i++) {
  await d.getByRole('listitem').nth(i - 1).filter({ hasText: '(done)' }).waitFor({ timeout: 120000 });
  console.log('step', i, Date.now() - t1);
}
await b.close();
