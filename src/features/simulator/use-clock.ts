import { useEffect, useState } from 'react';

/** SPEEDS: simulated seconds per real second. */
export const SPEEDS = [1, 10, 30, 60, 300] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Clock {
  t: number;
  playing: boolean;
  speed: Speed;
  setT(t: number): void;
  setPlaying(p: boolean): void;
  setSpeed(s: Speed): void;
}

/**
 * useClock: the page's simulated time. Playing advances it by `speed` simulated seconds per real
 * second, on animation frames (nothing runs while the tab is hidden), and stops at the end.
 */
export function useClock(duration: number): Clock {
  const [t, setRawT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(30);
  const clamped = Math.min(Math.max(0, t), duration);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    const step = (now: number) => {
      const dt = (now - last) / 1000;
      last = now;
      setRawT((prev) => Math.min(duration, prev + dt * speed));
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, duration]);

  // At the end the clock stops by itself (and Play starts over).
  const atEnd = playing && clamped >= duration;
  useEffect(() => {
    if (atEnd) setPlaying(false);
  }, [atEnd]);

  return {
    t: clamped,
    playing,
    speed,
    setT: (next) => setRawT(Math.min(Math.max(0, next), duration)),
    setPlaying: (p) => {
      if (p && clamped >= duration) setRawT(0);
      setPlaying(p);
    },
    setSpeed,
  };
}
