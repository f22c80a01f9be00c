import { useEffect, useRef, useState } from 'react';
import { timeLeft, toastDuration } from '../../core/toast/queue';
import { useToasts, type ToastItem } from './toast';

/** One toast: leaves by itself after its time, which pointer or focus on it pauses. */
function Toast({ item }: { item: ToastItem }) {
  const remove = useToasts((s) => s.remove);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const remaining = useRef(toastDuration(item));
  const paused = hovered || focused;

  useEffect(() => {
    if (paused) return;
    const startedAt = performance.now();
    const timer = setTimeout(() => remove(item.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = timeLeft(remaining.current, startedAt, performance.now());
    };
  }, [paused, remove, item.id]);

  return (
    <li
      className={`toast toast-${item.tone}`}
      data-paused={paused || undefined}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
      }}
    >
      <p>{item.message}</p>
      <button
        type="button"
        className="icon-button"
        aria-label="Close notification"
        onClick={() => remove(item.id)}
      >
        ✕
      </button>
    </li>
  );
}

/** The toasts in the region, oldest first. Loads with the first toast. */
export default function ToastList() {
  const toasts = useToasts((s) => s.toasts);
  if (toasts.length === 0) return null;
  return (
    <ol className="toast-list">
      {toasts.map((t) => (
        <Toast key={t.id} item={t} />
      ))}
    </ol>
  );
}
