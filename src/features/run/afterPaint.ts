/**
 * Resolves once the browser has painted the next frame (a task after its
 * animation frame), or on the next task where a hidden tab gets no frames.
 * A run ends with its last words painted first and its bookkeeping (saving
 * the conversation, history, the finished message's formatting) after: on a
 * fast stream that bookkeeping would otherwise hold back the last frame.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const later = () => setTimeout(resolve, 0);
    if (
      typeof document === 'undefined' ||
      document.hidden ||
      typeof requestAnimationFrame !== 'function'
    )
      later();
    else requestAnimationFrame(later);
  });
}
