import { diffWords } from 'diff';
import { useMemo } from 'react';
import { diffCounts, toSegments } from '../../core/repeat/analysis';

/** A word-level diff of two answers (jsdiff, loaded with this chunk only). */
export default function DiffView({ from, to }: { from: string; to: string }) {
  const segments = useMemo(() => toSegments(diffWords(from, to)), [from, to]);
  const { added, removed } = diffCounts(segments);
  const identical = segments.every((s) => s.kind === 'same');
  return (
    <>
      <p className="fine" role="status">
        {identical
          ? 'The two answers are identical.'
          : `${added} word${added === 1 ? '' : 's'} added, ${removed} removed.`}
      </p>
      <p className="repeat-diff" aria-label="Word diff">
        {segments.map((s, i) =>
          s.kind === 'added' ? (
            <ins key={i}>{s.text}</ins>
          ) : s.kind === 'removed' ? (
            <del key={i}>{s.text}</del>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </p>
    </>
  );
}
