/**
 * Runs tasks in parallel, except that tasks sharing a lane run one after
 * another (the in-browser engine can generate only one answer at a time).
 * `lane` undefined means the task needs no lane. Resolves when all settle;
 * one task failing does not stop the others.
 */
export async function runInLanes<T>(
  tasks: readonly { lane?: string; run: () => Promise<T> }[],
): Promise<PromiseSettledResult<T>[]> {
  const tails = new Map<string, Promise<unknown>>();
  const started = tasks.map((task) => {
    if (task.lane === undefined) return task.run();
    const previous = tails.get(task.lane) ?? Promise.resolve();
    // Wait for the previous task however it ended.
    const next = previous.then(task.run, task.run);
    tails.set(task.lane, next);
    return next;
  });
  return Promise.allSettled(started);
}
