import { useEffect } from 'react';
import { isRunning, stopRun } from './runController';

/** Escape stops a running answer from anywhere on the page. */
export function useEscapeToStop(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && isRunning()) stopRun();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
