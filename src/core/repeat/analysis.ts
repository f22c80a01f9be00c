// What N answers to the same request have in common: how many differ, how
// spread their numbers are, how often they matched the schema.

/** Distinct answers after trimming surrounding whitespace. */
export function distinctCount(texts: readonly string[]): number {
  return new Set(texts.map((t) => t.trim())).size;
}

/**
 * For each answer, the number of its group (1-based, in order of first
 * appearance), so identical answers can be labelled "same as #1".
 */
export function distinctGroups(texts: readonly string[]): number[] {
  const groups = new Map<string, number>();
  return texts.map((text) => {
    const key = text.trim();
    let group = groups.get(key);
    if (group === undefined) {
      group = groups.size + 1;
      groups.set(key, group);
    }
    return group;
  });
}

export interface Spread {
  min: number;
  median: number;
  max: number;
  count: number;
}

/** Min, median and max of the known values; undefined values are skipped. */
export function spread(values: readonly (number | undefined)[]): Spread | undefined {
  const known = values
    .filter((v): v is number => v !== undefined && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (known.length === 0) return undefined;
  const mid = known.length >> 1;
  const median =
    known.length % 2 === 1
      ? (known[mid] as number)
      : ((known[mid - 1] as number) + (known[mid] as number)) / 2;
  return {
    min: known[0] as number,
    median,
    max: known[known.length - 1] as number,
    count: known.length,
  };
}

export interface PassRate {
  passed: number;
  checked: number;
}

/** How many checked answers were valid; answers not (yet) checked do not count. */
export function passRate(statuses: readonly (string | undefined)[]): PassRate {
  const checked = statuses.filter((s) => s !== undefined);
  return { passed: checked.filter((s) => s === 'valid').length, checked: checked.length };
}

export type SegmentKind = 'same' | 'added' | 'removed';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

/** jsdiff's change objects, as far as this module reads them. */
export interface Change {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Diff changes as segments to render, with neighbours of the same kind merged. */
export function toSegments(changes: readonly Change[]): Segment[] {
  const out: Segment[] = [];
  for (const change of changes) {
    if (change.value === '') continue;
    const kind: SegmentKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else out.push({ kind, text: change.value });
  }
  return out;
}

/** Words added and removed, for a one-line summary of a diff. */
export function diffCounts(segments: readonly Segment[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const s of segments) {
    if (s.kind === 'added') added += words(s.text);
    if (s.kind === 'removed') removed += words(s.text);
  }
  return { added, removed };
}

/** Concurrency for N repeats: the in-browser engine runs one generation at a time. */
export function repeatConcurrency(provider: string): number {
  return provider === 'inbrowser' ? 1 : 3;
}

export const MIN_REPEATS = 2;
export const MAX_REPEATS = 10;

/** The number field's text as a repeat count, clamped to 2–10; undefined if not a number. */
export function parseRepeatCount(text: string): number | undefined {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n)) return undefined;
  return Math.min(MAX_REPEATS, Math.max(MIN_REPEATS, n));
}
