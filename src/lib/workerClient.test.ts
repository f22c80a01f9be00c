import { describe, expect, it } from 'vitest';
import { workerClient } from './workerClient';

type Reply = { id: number; doubled: number };

/** A stand-in worker: replies when told to, in any order, or fails. */
class FakeWorker {
  onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
  onerror: (() => void) | null = null;
  posted: { id: number; n: number }[] = [];
  terminated = false;
  postMessage(job: { id: number; n: number }) {
    this.posted.push(job);
  }
  reply(index: number) {
    const job = this.posted[index]!;
    this.onmessage?.({ data: { id: job.id, doubled: job.n * 2 } } as MessageEvent<Reply>);
  }
  terminate() {
    this.terminated = true;
  }
}

function client() {
  const started: FakeWorker[] = [];
  const post = workerClient<{ n: number }, Reply>(() => {
    const w = new FakeWorker();
    started.push(w);
    return w as unknown as Worker;
  });
  return { post, started };
}

describe('workerClient', () => {
  it('starts the worker on the first job only, and settles each job with the reply carrying its id', async () => {
    const { post, started } = client();
    expect(started).toHaveLength(0);
    const first = post({ n: 1 });
    const second = post({ n: 5 });
    expect(started).toHaveLength(1);
    started[0]!.reply(1); // out of order
    started[0]!.reply(0);
    expect(await first).toEqual({ id: 1, doubled: 2 });
    expect(await second).toEqual({ id: 2, doubled: 10 });
  });

  it('rejects what waits when the worker fails, and starts a new one for the next job', async () => {
    const { post, started } = client();
    const lost = post({ n: 1 });
    started[0]!.onerror?.();
    await expect(lost).rejects.toThrow('The worker stopped.');
    expect(started[0]!.terminated).toBe(true);
    const next = post({ n: 3 });
    expect(started).toHaveLength(2);
    started[1]!.reply(0);
    expect(await next).toEqual({ id: 2, doubled: 6 });
  });
});
