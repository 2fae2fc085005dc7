import { LRUCache } from 'lru-cache';

/** A response kept in memory: its status, its size, plus whatever its user needs to send it again. */
export interface KeptResponse {
  status: number;
  bytes: number;
}

/**
 * Whole responses kept until the database changes, so a page or query that thousands of readers ask for
 * is built once per change instead of once per request. `versionOf` names the current state of the data
 * (database version and today's date); entries from an older state are never served, and are dropped the
 * moment the state moves. Concurrent misses for one key share one fill, so a burst of readers after a
 * write costs one render, not fifty. Memory is bounded by the total size of the kept bodies.
 */
export class ResponseCache<T extends KeptResponse> {
  readonly #entries: LRUCache<string, T>;
  readonly #filling = new Map<string, Promise<T>>();
  readonly #versionOf: () => Promise<string>;
  #version = '';

  constructor({ maxBytes, versionOf }: { maxBytes: number; versionOf: () => Promise<string> }) {
    this.#entries = new LRUCache<string, T>({
      maxSize: maxBytes,
      sizeCalculation: (v) => Math.max(1, v.bytes),
    });
    this.#versionOf = versionOf;
  }

  /**
   * The kept response for `key` at the current state of the data, or `fill`'s. A filled response is kept
   * only when `keep` says so (a 200 that belongs to nobody in particular).
   */
  async get(
    key: string,
    fill: () => Promise<T>,
    keep: (value: T) => boolean,
  ): Promise<{ value: T; hit: boolean }> {
    const version = await this.#versionOf();
    if (version !== this.#version) {
      this.#version = version;
      this.#entries.clear();
    }
    // The version is part of the key: a fill that started before a write can only land under the old
    // version, which no later request asks for.
    const versionedKey = `${version}\n${key}`;
    const kept = this.#entries.get(versionedKey);
    if (kept) return { value: kept, hit: true };
    let pending = this.#filling.get(versionedKey);
    if (!pending) {
      pending = fill().then((value) => {
        if (keep(value) && this.#version === version) this.#entries.set(versionedKey, value);
        return value;
      });
      const forget = () => this.#filling.delete(versionedKey);
      pending.then(forget, forget);
      this.#filling.set(versionedKey, pending);
    }
    return { value: await pending, hit: false };
  }

  /** Bytes held (for the benchmark's memory figures and the tests). */
  get size(): number {
    return this.#entries.calculatedSize;
  }
}
