import { expect, it } from 'vitest';
import { sharedNextRead } from './shared-next-read';

/** A read whose answers the test hands out one at a time. */
function controlledRead() {
  const pending: ((value: number) => void)[] = [];
  const read = () => new Promise<number>((resolve) => pending.push(resolve));
  const answer = async (value: number) => {
    const resolve = pending.shift();
    if (!resolve) throw new Error('no read is waiting');
    resolve(value);
    // Let the callers' continuations run.
    await new Promise((settle) => setImmediate(settle));
  };
  return { read, answer, started: () => pending.length };
}

it('gives callers that ask during a read the next read, started after it, shared between them', async () => {
  const { read, answer, started } = controlledRead();
  const shared = sharedNextRead(read);
  const first = shared();
  const second = shared();
  const third = shared();
  expect(started()).toBe(1);
  await answer(1);
  expect(await first).toBe(1);
  expect(started()).toBe(1);
  await answer(2);
  expect([await second, await third]).toEqual([2, 2]);
});

it('reads afresh for a caller that asks when no read is under way', async () => {
  const { read, answer, started } = controlledRead();
  const shared = sharedNextRead(read);
  const first = shared();
  await answer(1);
  const later = shared();
  expect(started()).toBe(1);
  await answer(2);
  expect([await first, await later]).toEqual([1, 2]);
});

it('hands a failed read to its callers and reads again for the next', async () => {
  let calls = 0;
  const shared = sharedNextRead(async () => {
    calls += 1;
    if (calls === 1) throw new Error('connection lost');
    return calls;
  });
  await expect(shared()).rejects.toThrow('connection lost');
  expect(await shared()).toBe(2);
});
