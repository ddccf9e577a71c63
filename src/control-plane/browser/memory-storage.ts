/**
 * MemoryStorage: a Web Storage (`localStorage`) that lives in memory. The embedded control plane
 * uses it when the page has no usable storage (private mode, blocked cookies), and tests use it to
 * simulate a reload: a second control plane over the same MemoryStorage is the next page load.
 */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}
