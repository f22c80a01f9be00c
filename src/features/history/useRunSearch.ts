import { useEffect, useState } from 'react';
import { searchRuns } from './historyDb';

/** Typing pauses this long before the kept runs are read (each search reads them all). */
const SEARCH_DELAY_MS = 150;

export interface RunSearch {
  /** The ids that match; null shows every run (no query, or before the first answer). */
  matches: ReadonlySet<string> | null;
  /** The matches shown are not yet for the query as typed. */
  searching: boolean;
  failed: string | null;
}

/**
 * Searches the full text of the kept runs in the database as the query
 * changes: the latest query wins, and a change in `runs` (a run recorded or
 * deleted) searches again.
 */
export function useRunSearch(query: string, runs: readonly unknown[]): RunSearch {
  const [result, setResult] = useState<{ query: string; matches: Set<string> } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const wanted = query.trim();

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const timer = setTimeout(() => {
      searchRuns(wanted).then(
        (matches) => {
          if (!current) return;
          setResult({ query: wanted, matches });
          setFailed(null);
        },
        (error: unknown) => {
          if (current) setFailed(`The history could not be searched: ${String(error)}`);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted, runs]);

  if (!wanted) return { matches: null, searching: false, failed: null };
  return {
    matches: result?.matches ?? null,
    searching: result?.query !== wanted && !failed,
    failed,
  };
}
