/**
 * Calls `callback` at the next animation frame; hidden tabs get no frames,
 * hence the timer.
 */
export function onNextFrame(callback: () => void): void {
  if (
    typeof document !== 'undefined' &&
    !document.hidden &&
    typeof requestAnimationFrame === 'function'
  )
    requestAnimationFrame(() => callback());
  else setTimeout(callback, 16);
}

/**
 * Resolves once the browser has painted the next frame (a task after its
 * animation frame). A run ends with its last words painted first and its
 * bookkeeping (saving the conversation, history) after: on a fast stream
 * that bookkeeping would otherwise hold back the last frame. The finished
 * message's formatting comes after both, in a deferred render (lexPace).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => onNextFrame(() => setTimeout(resolve, 0)));
}
