/**
 * Request and reply over a worker started on first use: each job is posted
 * with an id, and the reply carrying that id settles its promise. A worker
 * that fails (its script did not load, say offline) rejects every job still
 * waiting and is started afresh by the next one.
 *
 * `start` must construct the worker itself (`new Worker(new URL('./x.ts',
 * import.meta.url))`): the bundler finds worker scripts by that literal form.
 */
export function workerClient<Job extends object, Reply extends { id: number }>(
  start: () => Worker,
): (job: Job) => Promise<Reply> {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<
    number,
    { resolve: (reply: Reply) => void; reject: (e: Error) => void }
  >();

  const running = (): Worker => {
    if (worker) return worker;
    const started = start();
    started.onmessage = (event: MessageEvent<Reply>) => {
      waiting.get(event.data.id)?.resolve(event.data);
      waiting.delete(event.data.id);
    };
    started.onerror = () => {
      started.terminate();
      if (worker === started) worker = null;
      for (const job of waiting.values()) job.reject(new Error('The worker stopped.'));
      waiting.clear();
    };
    worker = started;
    return started;
  };

  return (job) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject });
      running().postMessage({ ...job, id });
    });
}
