import { describe, expect, it } from 'vitest';
import {
  answerToLex,
  firstPace,
  FRAME_LEX_CHARS,
  paceAfter,
  paceAfterStall,
  SLOW_FRAMES_TO_RESUME,
  type AnswerState,
  type LexPace,
} from './lexPace';

const streaming = (text: string): AnswerState => ({ text, streaming: true });
const done = (text: string): AnswerState => ({ text, streaming: false });
const words = (n: number) => 'w'.repeat(n);

/** The pace after showing each state in turn, from a new streaming view. */
const frames = (...states: AnswerState[]) => states.reduce(paceAfter, firstPace(true));

describe('paceAfter', () => {
  it('holds when a frame adds more than a frame can lex', () => {
    expect(frames(streaming(words(FRAME_LEX_CHARS + 1))).holding).toBe(true);
    expect(frames(streaming(words(FRAME_LEX_CHARS))).holding).toBe(false);
  });

  it('keeps holding through a short stall, and resumes after enough slow frames', () => {
    const fast = streaming(words(5000));
    const slow = (n: number) =>
      Array.from({ length: n }, (_, i) => streaming(fast.text + words(10 * (i + 1))));
    expect(frames(fast, ...slow(SLOW_FRAMES_TO_RESUME - 1)).holding).toBe(true);
    expect(frames(fast, ...slow(SLOW_FRAMES_TO_RESUME)).holding).toBe(false);
    // A burst in between starts the count again.
    const burst = streaming(fast.text + words(20) + words(FRAME_LEX_CHARS + 1));
    const after = frames(fast, ...slow(2), burst);
    expect(after).toMatchObject({ holding: true, slowFrames: 0 });
  });

  it('stops holding when the stream ends', () => {
    expect(frames(streaming(words(5000)), done(words(5000))).holding).toBe(false);
  });

  it('does not hold a text that does not continue the shown one', () => {
    expect(frames(streaming(words(100)), streaming(`x${words(5000)}`)).holding).toBe(false);
  });

  it('never holds a finished answer shown at once', () => {
    const pace = paceAfter(firstPace(false), done(words(50_000)));
    expect(pace.holding).toBe(false);
  });
});

describe('paceAfterStall', () => {
  it('resumes a held view, and leaves any other alone', () => {
    const held = frames(streaming(words(5000)));
    expect(held.holding).toBe(true);
    expect(paceAfterStall(held)).toMatchObject({
      holding: false,
      slowFrames: 0,
      shown: held.shown,
    });
    const free = frames(streaming(words(10)));
    expect(paceAfterStall(free)).toBe(free);
  });
});

describe('answerToLex', () => {
  const lexed = streaming(words(1000));
  const latest = streaming(words(9000));
  const pace = (holding: boolean): LexPace => ({ shown: latest, holding, slowFrames: 0, lexed });

  it('keeps the lexed text while holding, in frames and in deferred renders', () => {
    expect(answerToLex(pace(true), latest, false)).toBe(lexed);
    expect(answerToLex(pace(true), latest, true)).toBe(lexed);
  });

  it('leaves a far-behind view to the deferred render once it resumes', () => {
    expect(answerToLex(pace(false), latest, false)).toBe(lexed);
    expect(answerToLex(pace(false), latest, true)).toBe(latest);
  });

  it('formats a finished answer far behind in the deferred render, not in the run end', () => {
    const finished = done(words(9000));
    expect(answerToLex(pace(false), finished, false)).toBe(lexed);
    expect(answerToLex(pace(false), finished, true)).toBe(finished);
  });

  it('lexes a few new words at once', () => {
    const near = streaming(words(1000 + FRAME_LEX_CHARS));
    expect(answerToLex(pace(false), near, false)).toBe(near);
    expect(answerToLex(pace(false), done(near.text), false)).toEqual(done(near.text));
  });

  it('takes on at once a text that an edit replaced', () => {
    const edited = streaming(`edited ${words(9000)}`);
    expect(answerToLex(pace(true), edited, false)).toBe(edited);
    expect(answerToLex(pace(false), edited, false)).toBe(edited);
  });
});
