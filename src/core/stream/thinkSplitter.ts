// Splits a `<think>…</think>` block at the very start of an answer out of the
// content stream, so models that inline their reasoning (DeepSeek-R1 distills,
// QwQ, Qwen3 via some servers) fill the reasoning view like models that send
// `reasoning_content`.
//
// Only a block at the start of the answer (possibly after whitespace) counts.
// Reasoning models that inline their thoughts always open with the tag, while
// a `<think>` later in an answer is ordinary text: a model explaining the tag,
// a code sample, an XML example. Treating every occurrence as reasoning would
// silently hide part of a real answer.
//
// Tags may be split across chunks (`<thi` + `nk>`), so the splitter holds back
// at most a tag's length of text until it can decide. Every push is linear in
// the size of its input.

const OPEN = '<think>';
const CLOSE = '</think>';

export type ThinkSink = (kind: 'text' | 'reasoning', text: string) => void;

export interface ThinkSplitter {
  push(content: string, emit: ThinkSink): void;
  /** End of the answer: release anything held back. */
  flush(emit: ThinkSink): void;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Length of the longest suffix of `text` that is a proper prefix of `tag`. */
function partialTagSuffix(text: string, tag: string): number {
  const max = Math.min(tag.length - 1, text.length);
  for (let k = max; k > 0; k--) {
    if (text.endsWith(tag.slice(0, k))) return k;
  }
  return 0;
}

export function createThinkSplitter(): ThinkSplitter {
  // start: nothing but whitespace seen yet; think: inside the block;
  // after: block closed, dropping the whitespace that separates it from the
  // answer; text: everything else is answer text.
  let mode: 'start' | 'think' | 'after' | 'text' = 'start';
  let leadingSpace = ''; // whitespace seen in 'start' mode
  let held = ''; // a partial `<think>` (start) or `</think>` (think), at most 7 chars

  function push(content: string, emit: ThinkSink): void {
    let rest = content;
    while (rest !== '') {
      switch (mode) {
        case 'text':
          emit('text', rest);
          return;
        case 'start': {
          if (held === '') {
            const i = firstNonSpace(rest);
            leadingSpace += rest.slice(0, i);
            rest = rest.slice(i);
            if (rest === '') return;
          }
          const candidate = held + rest;
          if (candidate.startsWith(OPEN)) {
            mode = 'think';
            leadingSpace = '';
            held = '';
            rest = candidate.slice(OPEN.length);
          } else if (OPEN.startsWith(candidate)) {
            held = candidate;
            return;
          } else {
            mode = 'text';
            const text = leadingSpace + candidate;
            leadingSpace = '';
            held = '';
            emit('text', text);
            return;
          }
          break;
        }
        case 'think': {
          const buffer = held + rest;
          held = '';
          const end = buffer.indexOf(CLOSE);
          if (end !== -1) {
            if (end > 0) emit('reasoning', buffer.slice(0, end));
            mode = 'after';
            rest = buffer.slice(end + CLOSE.length);
          } else {
            const keep = partialTagSuffix(buffer, CLOSE);
            if (buffer.length > keep) emit('reasoning', buffer.slice(0, buffer.length - keep));
            held = buffer.slice(buffer.length - keep);
            return;
          }
          break;
        }
        case 'after': {
          rest = rest.slice(firstNonSpace(rest));
          if (rest === '') return;
          mode = 'text';
          break;
        }
      }
    }
  }

  function flush(emit: ThinkSink): void {
    if (mode === 'start') {
      const text = leadingSpace + held;
      if (text !== '') emit('text', text);
      mode = 'text';
    } else if (mode === 'think' && held !== '') {
      emit('reasoning', held);
    }
    leadingSpace = '';
    held = '';
  }

  return { push, flush };
}
