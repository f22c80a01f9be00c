import { describe, expect, it } from 'vitest';
import {
  MAX_TOASTS,
  pushToast,
  removeToast,
  timeLeft,
  toastDuration,
  type ToastItem,
} from './queue';

const item = (id: number, message = `m${id}`, tone: ToastItem['tone'] = 'success'): ToastItem => ({
  id,
  message,
  tone,
});

describe('pushToast', () => {
  it('adds at the end, newest last', () => {
    expect(pushToast([item(1)], item(2)).map((t) => t.id)).toEqual([1, 2]);
  });

  it('keeps at most MAX_TOASTS, dropping the oldest', () => {
    let list: ToastItem[] = [];
    for (let id = 1; id <= MAX_TOASTS + 2; id++) list = pushToast(list, item(id));
    expect(list.map((t) => t.id)).toEqual([3, 4, 5]);
  });

  it('replaces the same message instead of stacking it, with the new id last', () => {
    const list = pushToast([item(1, 'Copied'), item(2, 'Saved')], item(3, 'Copied'));
    expect(list).toEqual([item(2, 'Saved'), item(3, 'Copied')]);
  });

  it('keeps the same words in another tone apart', () => {
    const list = pushToast([item(1, 'Done', 'success')], item(2, 'Done', 'error'));
    expect(list.map((t) => t.id)).toEqual([1, 2]);
  });

  it('does not change the list it was given', () => {
    const list = [item(1)];
    pushToast(list, item(2));
    expect(list).toEqual([item(1)]);
  });
});

describe('removeToast', () => {
  it('removes by id and ignores unknown ids', () => {
    expect(removeToast([item(1), item(2)], 1)).toEqual([item(2)]);
    expect(removeToast([item(1)], 9)).toEqual([item(1)]);
  });
});

describe('toastDuration', () => {
  it('gives a short message 4 s and an error 8 s', () => {
    expect(toastDuration({ message: 'Copied', tone: 'success' })).toBe(4000);
    expect(toastDuration({ message: 'Copied', tone: 'info' })).toBe(4000);
    expect(toastDuration({ message: 'Refused', tone: 'error' })).toBe(8000);
  });

  it('adds reading time past 40 characters, counted in code points, up to 12 s', () => {
    expect(toastDuration({ message: 'x'.repeat(50), tone: 'success' })).toBe(4600);
    expect(toastDuration({ message: '✓'.repeat(40) + '😀'.repeat(10), tone: 'success' })).toBe(
      4600,
    );
    expect(toastDuration({ message: 'x'.repeat(5000), tone: 'success' })).toBe(12000);
  });
});

describe('timeLeft', () => {
  it('subtracts the time run and never goes below zero', () => {
    expect(timeLeft(4000, 1000, 2500)).toBe(2500);
    expect(timeLeft(4000, 1000, 9000)).toBe(0);
  });

  it('treats a clock that ran backwards as no time spent', () => {
    expect(timeLeft(4000, 2000, 1000)).toBe(4000);
  });
});
