/**
 * Runs `task(0)` … `task(count - 1)` with at most `limit` at once, starting
 * the next as soon as one ends. Results keep their index; a failing task
 * does not stop the others.
 */
export async function runPool<T>(
  count: number,
  limit: number,
  task: (index: number) => Promise<T>,
): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array<PromiseSettledResult<T>>(count);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < count) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await task(index) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  }
  const workers = Math.max(1, Math.min(Math.floor(limit) || 1, count));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
