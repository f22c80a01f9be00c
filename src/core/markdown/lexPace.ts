// Which text a streaming markdown view lexes in a render. Lexing, sanitising
// and laying out blocks costs main-thread time in proportion to the text.
// A stream at reading speed adds a few words a frame: they are formatted in
// that frame. A stream that outruns the screen adds kilobytes a frame: the
// frame paints them at once as source, and formatting waits until the
// stream has been slow for a while, has paused or has ended, so the thread
// keeps up with the stream instead of formatting text nobody can read yet.

/** New text a frame still lexes and renders at once. */
export const FRAME_LEX_CHARS = 500;

/**
 * Slow answer states (frames) in a row after which a held view formats
 * again: a stream that stalls for a frame between bursts stays held.
 */
export const SLOW_FRAMES_TO_RESUME = 8;

/**
 * A held view formats again once the stream has added nothing for this long:
 * a stream that bursts and then waits (a model thinking, a tool running)
 * must not leave its text as source until it ends.
 */
export const RESUME_AFTER_MS = 150;

/** One state of an answer: its text, and whether it is still streaming. */
export interface AnswerState {
  text: string;
  streaming: boolean;
}

/** What a view knows of the frames before this one. */
export interface LexPace {
  /** The answer state the last frame showed. */
  shown: AnswerState;
  /** Whether formatting waits for the stream to slow down. */
  holding: boolean;
  /** Slow frames since the last fast one, while holding. */
  slowFrames: number;
  /** The answer state the blocks lexed last. */
  lexed: AnswerState;
}

/** A view's pace before its first frame: nothing shown, nothing lexed. */
export function firstPace(streaming: boolean): LexPace {
  const none = { text: '', streaming };
  return { shown: none, holding: false, slowFrames: 0, lexed: none };
}

/**
 * The pace once `latest` is shown. A frame that adds more than
 * FRAME_LEX_CHARS to a streaming answer starts (or keeps) holding;
 * SLOW_FRAMES_TO_RESUME slower ones in a row, the stream's end, or a text
 * that does not continue the shown one (a new or edited message) end it.
 */
export function paceAfter(pace: LexPace, latest: AnswerState): LexPace {
  const continues = latest.text.startsWith(pace.shown.text);
  if (!latest.streaming || !continues) {
    return { ...pace, shown: latest, holding: false, slowFrames: 0 };
  }
  if (latest.text.length - pace.shown.text.length > FRAME_LEX_CHARS) {
    return { ...pace, shown: latest, holding: true, slowFrames: 0 };
  }
  const slowFrames = pace.holding ? pace.slowFrames + 1 : 0;
  return {
    ...pace,
    shown: latest,
    holding: pace.holding && slowFrames < SLOW_FRAMES_TO_RESUME,
    slowFrames,
  };
}

/** The pace once the stream has added nothing for RESUME_AFTER_MS: formatting resumes. */
export function paceAfterStall(pace: LexPace): LexPace {
  return pace.holding ? { ...pace, holding: false, slowFrames: 0 } : pace;
}

/**
 * The answer state the blocks take on in this render. While holding, the one
 * they already have (`pace.lexed`). Otherwise an urgent render (a frame, or
 * the run's end) takes on at most FRAME_LEX_CHARS more than the blocks have:
 * further behind, they keep what they have, and React's deferred render of
 * the same state (`deferredRender`), which it runs in a task of its own
 * between frames, takes on the rest. A text that does not continue the
 * lexed one (an edit) is taken on at once.
 */
export function answerToLex(
  pace: LexPace,
  latest: AnswerState,
  deferredRender: boolean,
): AnswerState {
  if (!latest.text.startsWith(pace.lexed.text)) return latest;
  if (pace.holding) return pace.lexed;
  if (deferredRender) return latest;
  return latest.text.length - pace.lexed.text.length > FRAME_LEX_CHARS ? pace.lexed : latest;
}
