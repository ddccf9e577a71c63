import { describe, expect, it } from 'vitest';
import { gaussianAt, hashString, latencySample, NOISE_BOUND } from './noise';

describe('latencySample', () => {
  it('is the base latency without noise, and unknown stays unknown', () => {
    expect(latencySample(1, 42, 30, 25, 0)).toBe(25);
    expect(latencySample(1, 42, 30, null, 5)).toBeNull();
  });

  it('is a pure function of seed, link and time, bounded by ±3σ', () => {
    const link = hashString('alice\ngw');
    const samples = Array.from({ length: 500 }, (_, i) => latencySample(7, link, i * 30, 50, 4) ?? NaN);
    expect(samples).toEqual(Array.from({ length: 500 }, (_, i) => latencySample(7, link, i * 30, 50, 4)));
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(50 - NOISE_BOUND * 4);
    expect(Math.max(...samples)).toBeLessThanOrEqual(50 + NOISE_BOUND * 4);
    // it is noise: the samples spread, with a mean near the base and a deviation near σ
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    const sd = Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length);
    expect(Math.abs(mean - 50)).toBeLessThan(0.6);
    expect(sd).toBeGreaterThan(3.2);
    expect(sd).toBeLessThan(4.6);
    // another seed draws other samples
    expect(Array.from({ length: 20 }, (_, i) => latencySample(8, link, i * 30, 50, 4))).not.toEqual(samples.slice(0, 20));
  });

  it('never drops to zero (that would read as an unknown latency)', () => {
    for (let t = 0; t < 3000; t += 30) expect(latencySample(3, 9, t, 1, 5)).toBeGreaterThan(0);
  });

  it('draws a standard normal', () => {
    const z = Array.from({ length: 2000 }, (_, i) => gaussianAt([1, 2, i]));
    const within1 = z.filter((x) => Math.abs(x) < 1).length / z.length;
    expect(within1).toBeGreaterThan(0.64);
    expect(within1).toBeLessThan(0.72);
  });
});
