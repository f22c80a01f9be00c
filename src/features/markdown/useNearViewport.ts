import { useEffect, useRef, useState, type RefObject } from 'react';

/** How far outside the viewport a block still counts as near (so it is ready when scrolled to). */
const NEAR_MARGIN = '1200px 0px';

/**
 * Which children of `container` (by index) still showing their source
 * (`data-unrendered`) are on or near the screen; the component re-renders
 * when one comes near. A child not watched because it is rendered already
 * counts as near. One not in the page yet is new text at the end, where the
 * stream writes: it counts as near while `end` (an element after the last
 * block) is near, so an answer read from its top does not format, block by
 * block, an end nobody is looking at. Without IntersectionObserver, or while
 * not `active`, every child counts as near: a finished answer needs no
 * observer (a long conversation would otherwise keep one per message,
 * checked on every frame).
 */
export function useNearViewport(
  container: RefObject<HTMLElement | null>,
  end: RefObject<HTMLElement | null>,
  active: boolean,
): (index: number) => boolean {
  const near = useRef(new Set<Element>());
  const [, setVersion] = useState(0);
  const observer = useRef<IntersectionObserver | null>(null);
  const observed = useRef(new WeakSet<Element>());
  // Until the observer's first report the end counts as near: a new answer starts on screen.
  const endNear = useRef(true);
  const watchedEnd = useRef<Element | null>(null);

  useEffect(() => {
    if (!active || typeof IntersectionObserver === 'undefined') return;
    const nearNow = near.current;
    const io = new IntersectionObserver(
      (entries) => {
        let wake = false;
        for (const entry of entries) {
          if (entry.target === watchedEnd.current) {
            if (entry.isIntersecting && !endNear.current) wake = true;
            endNear.current = entry.isIntersecting;
          } else if (entry.isIntersecting) {
            nearNow.add(entry.target);
            if (entry.target.hasAttribute('data-unrendered')) wake = true;
          } else {
            nearNow.delete(entry.target);
          }
        }
        if (wake) setVersion((n) => n + 1);
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.current = io;
    return () => {
      io.disconnect();
      observer.current = null;
      nearNow.clear();
      observed.current = new WeakSet();
      watchedEnd.current = null;
      endNear.current = true;
    };
  }, [active]);

  useEffect(() => {
    const io = observer.current;
    const el = container.current;
    if (!io || !el) return;
    if (end.current !== watchedEnd.current) {
      if (watchedEnd.current) io.unobserve(watchedEnd.current);
      watchedEnd.current = end.current;
      if (end.current) io.observe(end.current);
    }
    // Only blocks still showing their source are watched: the observer's
    // work each frame grows with its targets, and a long answer has hundreds
    // of blocks that are already rendered.
    for (const child of el.children) {
      const waiting = child.hasAttribute('data-unrendered');
      if (waiting === observed.current.has(child)) continue;
      if (waiting) {
        observed.current.add(child);
        io.observe(child);
      } else {
        observed.current.delete(child);
        io.unobserve(child);
        near.current.delete(child);
      }
    }
  });

  return (index) => {
    if (!observer.current) return true;
    const child = container.current?.children[index];
    if (child === undefined) return endNear.current;
    return !observed.current.has(child) || near.current.has(child);
  };
}
