/**
 * clock: simulated time as people read it. Scenario times are seconds from the start; the page,
 * the CLI and switch lists show them as m:ss (h:mm:ss past an hour).
 */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** clockTicks: evenly spaced axis marks for a duration (every 30 s up to a minute … every 10 min past an hour). */
export function clockTicks(duration: number): number[] {
  const steps = [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400];
  const step = steps.find((s) => duration / s <= 12) ?? 86400;
  const out: number[] = [];
  for (let t = 0; t <= duration; t += step) out.push(t);
  return out;
}
