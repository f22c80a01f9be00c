// 2. Start: navigation to an interactive model picker, cold loads.
import { median, seededPage, sipPulseState } from './lib.mjs';

/** Median of `loads` cold loads (a new browser context each) connected to the SipPulse fixture. */
export async function startTimes(browser, site, api, loads = 10) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    const { context, page } = await seededPage(browser, sipPulseState(api.url));
    const t0 = Date.now();
    await page.goto(site.url);
    await page.getByRole('combobox', { name: 'Model', exact: true }).click();
    await page.getByRole('option', { name: /^gpt-4o-mini/ }).waitFor();
    times.push(Date.now() - t0);
    await context.close();
  }
  return { medianMs: median(times), runsMs: times };
}
