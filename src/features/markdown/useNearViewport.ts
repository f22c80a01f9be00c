import { useEffect, useRef, useState, type RefObject } from 'react';

/** How far outside the viewport a block still counts as near (so it is ready when scrolled to). */
const NEAR_MARGIN = '1200px 0px';

/**
 * Which children of `container` (by index) still showing their source
 * (`data-unrendered`) are on or near the screen; the component re-renders
 * when one comes near. A child not watched (rendered already, or not in the
 * page yet, so at the end where the stream writes) counts as near. Without
 * IntersectionObserver, or while not `active`, every child counts as near: a
 * finished answer needs no observer (a long conversation would otherwise
 * keep one per message, checked on every frame).
 */
export function useNearViewport(
  container: RefObject<HTMLElement | null>,
  active: boolean,
): (index: number) => boolean {
  const near = useRef(new Set<Element>());
  const [, setVersion] = useState(0);
  const observer = useRef<IntersectionObserver | null>(null);
  const observed = useRef(new WeakSet<Element>());

  useEffect(() => {
    if (!active || typeof IntersectionObserver === 'undefined') return;
    const nearNow = near.current;
    const io = new IntersectionObserver(
      (entries) => {
        let wake = false;
        for (const entry of entries) {
          if (entry.isIntersecting) {
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
    };
  }, [active]);

  useEffect(() => {
    const io = observer.current;
    const el = container.current;
    if (!io || !el) return;
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
    // A block not in the page yet sits at the end, where the stream writes.
    return child === undefined || !observed.current.has(child) || near.current.has(child);
  };
}
