import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PREFS, sanitiseLayoutPrefs } from './layoutPrefs';

describe('sanitiseLayoutPrefs', () => {
  it('keeps what was saved', () => {
    const saved = { startOpen: false, endOpen: true, welcomeDismissed: true };
    expect(sanitiseLayoutPrefs(saved)).toEqual(saved);
  });

  it('opens both zones and shows the welcome when nothing usable is saved', () => {
    for (const raw of [null, undefined, 'open', 7, []]) {
      expect(sanitiseLayoutPrefs(raw)).toEqual(DEFAULT_LAYOUT_PREFS);
    }
  });

  it('replaces each damaged field alone', () => {
    expect(sanitiseLayoutPrefs({ startOpen: 'no', endOpen: false, welcomeDismissed: 1 })).toEqual({
      startOpen: true,
      endOpen: false,
      welcomeDismissed: false,
    });
  });

  it('ignores keys it does not know, including __proto__', () => {
    const raw = JSON.parse('{"__proto__": {"startOpen": false}, "extra": 1}') as unknown;
    const prefs = sanitiseLayoutPrefs(raw);
    expect(prefs).toEqual(DEFAULT_LAYOUT_PREFS);
    expect(Object.keys(prefs).sort()).toEqual(['endOpen', 'startOpen', 'welcomeDismissed']);
  });
});
