import { snapshotFromState } from '../store/snapshot';
import type { Store } from '../store/store';
import { writeFileAtomic } from './atomic-write';

/**
 * Persister: saves the store to a data file after every change. Writes never interleave: one
 * writer loop at a time, each write taking the latest state, so a burst of changes costs at most
 * one write in flight plus one pending. `flush()` resolves once every change made before the call
 * is on disk, which is what lets the server acknowledge a write only when it is durable.
 */
export interface Persister {
  flush(): Promise<void>;
  /** Write the current state now (first start), whether or not it changed. */
  saveNow(): Promise<void>;
  stop(): void;
}

interface Waiter {
  seq: number;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export function createPersister(store: Store, file: string): Persister {
  let changeSeq = 0;
  let writtenSeq = 0;
  let tmpSeq = 0;
  let running: Promise<void> | null = null;
  let waiters: Waiter[] = [];

  async function loop(): Promise<void> {
    while (writtenSeq < changeSeq) {
      const seq = changeSeq;
      const text = `${JSON.stringify(snapshotFromState(store.state), null, 2)}\n`;
      try {
        await writeFileAtomic(file, text, ++tmpSeq);
      } catch (e) {
        const failed = waiters.filter((w) => w.seq <= seq);
        waiters = waiters.filter((w) => w.seq > seq);
        for (const w of failed) w.reject(e);
        // Leave the changes counted as unwritten: the next change or flush tries again.
        return;
      }
      writtenSeq = seq;
      const done = waiters.filter((w) => w.seq <= writtenSeq);
      waiters = waiters.filter((w) => w.seq > writtenSeq);
      for (const w of done) w.resolve();
    }
  }

  function kick(): void {
    running ??= loop().finally(() => {
      running = null;
      if (waiters.length > 0 && writtenSeq < changeSeq) kick();
    });
  }

  const unsubscribe = store.subscribe(() => {
    changeSeq++;
    kick();
  });

  function flush(): Promise<void> {
    if (writtenSeq >= changeSeq) return Promise.resolve();
    const seq = changeSeq;
    const promise = new Promise<void>((resolve, reject) => waiters.push({ seq, resolve, reject }));
    kick();
    return promise;
  }

  return {
    flush,
    saveNow() {
      changeSeq++;
      return flush();
    },
    stop: unsubscribe,
  };
}
