/**
 * palette: one colour per routing peer on the timeline and the topology. Mid-lightness OKLCH
 * hues read on both the light and the dark card; every use also names the peer in text, so
 * nothing depends on telling colours apart.
 */
const HUES = [255, 150, 45, 320, 195, 90, 15, 285] as const;

export function peerColor(i: number): string {
  const hue = HUES[i % HUES.length] ?? 255;
  // Past eight peers, the lightness steps so neighbours still differ.
  const lightness = 0.66 - 0.08 * Math.floor(i / HUES.length);
  return `oklch(${lightness.toFixed(2)} 0.15 ${hue})`;
}

/** colorMap: a stable colour per routing peer id, in the given order. */
export function colorMap(peerIds: readonly string[]): Map<string, string> {
  return new Map(peerIds.map((id, i) => [id, peerColor(i)]));
}
