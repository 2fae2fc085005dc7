import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportStalledError, releasedWhenIdle } from './released-when-idle';

/** Rows 0, 1, 2, … without end, and whether the source's cleanup has run (as closing the reader would). */
function source() {
  const state = { closed: false };
  function* rows() {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      state.closed = true;
    }
  }
  return { rows: rows(), state };
}

describe('rows released when their consumer stops asking', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps serving a consumer that pauses often but never for the whole limit', () => {
    const { rows, state } = source();
    const wrapped = releasedWhenIdle(rows, 1000);
    for (let i = 0; i < 10; i++) {
      expect(wrapped.next().value).toBe(i);
      vi.advanceTimersByTime(900);
    }
    expect(state.closed).toBe(false);
    wrapped.return(undefined);
    expect(state.closed).toBe(true);
  });

  it('closes the source once the consumer has asked for nothing for the limit, and says so on the next ask', () => {
    const { rows, state } = source();
    const wrapped = releasedWhenIdle(rows, 1000);
    expect(wrapped.next().value).toBe(0);
    vi.advanceTimersByTime(999);
    expect(state.closed).toBe(false);
    vi.advanceTimersByTime(1);
    // Released by the timer alone: the consumer never came back, and the snapshot is gone already.
    expect(state.closed).toBe(true);
    expect(() => wrapped.next()).toThrow(ExportStalledError);
    expect(wrapped.next().done).toBe(true);
  });

  it('measures the pause from the last row taken, not from the start', () => {
    const { rows, state } = source();
    const wrapped = releasedWhenIdle(rows, 1000);
    wrapped.next();
    vi.advanceTimersByTime(600);
    wrapped.next();
    vi.advanceTimersByTime(600);
    expect(state.closed).toBe(false);
    vi.advanceTimersByTime(400);
    expect(state.closed).toBe(true);
  });

  it('leaves no timer behind when the rows run out or the consumer returns early', () => {
    const finite = releasedWhenIdle([1, 2][Symbol.iterator](), 1000);
    expect([...finite]).toEqual([1, 2]);
    const { rows } = source();
    const abandoned = releasedWhenIdle(rows, 1000);
    abandoned.next();
    abandoned.return(undefined);
    expect(vi.getTimerCount()).toBe(0);
  });
});
