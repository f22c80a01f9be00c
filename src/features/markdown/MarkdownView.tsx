import {
  createContext,
  memo,
  startTransition,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
} from 'react';
import type { MdBlock } from '../../core/markdown/blocks';
import {
  answerToLex,
  firstPace,
  paceAfter,
  paceAfterStall,
  RESUME_AFTER_MS,
} from '../../core/markdown/lexPace';
import { createPassBudget } from '../../core/markdown/passBudget';
import { pendingPieces, sourceLines } from '../../core/markdown/pendingPieces';
import { blockHtml, createSplitter, isRendered, sourceHtml } from './renderBlocks';
import { codeOf, highlightCodeBlocks } from './codeBlocks';
import { loadImage, showAllowedImages } from './imageConsent';
import { GrowingText } from './GrowingText';
import { PlainText } from './PlainText';
import { useNearViewport } from './useNearViewport';
import { canSanitize } from './sanitize';
import { toast } from '../toast/toast';
import './markdown.css';

/**
 * One top-level block. It re-renders only when its key (source, open fence,
 * reference definitions) changes, so while an answer streams only the last
 * block is parsed, sanitised and set again; finished code is highlighted once.
 * A block over this render's budget shows its source until a later pass.
 */
const Block = memo(
  function Block({ block, render, last }: { block: MdBlock; render: boolean; last: boolean }) {
    const ref = useRef<HTMLDivElement>(null);
    const html = render ? blockHtml(block) : sourceHtml(block);
    useLayoutEffect(() => {
      const el = ref.current;
      if (!el || !render) return;
      showAllowedImages(el);
      highlightCodeBlocks(el);
    }, [html, render]);
    // Sanitised by blockHtml (renderer policy, then DOMPurify with a strict allow-list),
    // or escaped source text from sourceHtml.
    return (
      <div
        ref={ref}
        className={last ? 'md-block md-last' : 'md-block'}
        data-unrendered={render ? undefined : ''}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    );
  },
  (a, b) => a.block.key === b.block.key && a.render === b.render && a.last === b.last,
);

/** The answer as it is now: its newest text, and whether it is still streaming. */
const LatestAnswer = createContext({ text: '', streaming: false });

/** The height of a line of source in em (the body's line-height, app.css). */
const LINE_EM = 1.5;

/**
 * One piece of source not lexed yet. A closed piece (not the last) is done
 * growing: memoised, a frame skips it, and off screen it holds the room its
 * lines need rather than the stylesheet's guess.
 */
const SourcePiece = memo(function SourcePiece({ text, closed }: { text: string; closed: boolean }) {
  // The blank line a piece ends with is the paragraph's margin.
  const shown = text.replace(/\n+$/, '');
  return (
    <p
      className="md-unrendered md-pending"
      style={
        closed ? { containIntrinsicSize: `auto ${sourceLines(shown) * LINE_EM}em` } : undefined
      }
    >
      <GrowingText text={shown} />
    </p>
  );
});

/**
 * The newest text not lexed yet, as plain source after the blocks. It reads
 * the answer from context, so a stream's frame re-renders these pieces
 * alone. Pieces of a few kilobytes, keyed by where they start (see
 * pendingPieces): a frame's new text grows the last one, and the browser
 * lays out that piece again, not all the source.
 */
function PendingSource({ lexed }: { lexed: string }) {
  const { text } = useContext(LatestAnswer);
  // An edited answer that no longer continues the lexed text shows with its next render.
  if (!text.startsWith(lexed)) return null;
  const pieces = pendingPieces(text, lexed.length);
  return pieces.map((piece, i) => (
    <SourcePiece key={piece.start} text={piece.text} closed={i < pieces.length - 1} />
  ));
}

function Caret() {
  return useContext(LatestAnswer).streaming ? <span className="caret" aria-hidden="true" /> : null;
}

export default function MarkdownView({ text, streaming }: { text: string; streaming?: boolean }) {
  const latest = useMemo(() => ({ text, streaming: !!streaming }), [text, streaming]);
  // A stream that outruns the screen adds kilobytes a frame. The frame then
  // paints them at once as source and the blocks wait (lexPace). Once it
  // slows down or ends, the blocks catch up in a deferred render, which
  // React runs in tasks between frames rather than inside a frame or inside
  // the task that ends the run.
  const deferred = useDeferredValue(latest);
  const [pace, setPace] = useState(() => firstPace(latest.streaming));
  // Advanced once per answer state: React's deferred render of the same
  // state must not count it as a frame that added nothing.
  const now = pace.shown === latest ? pace : paceAfter(pace, latest);
  const lexable = answerToLex(now, latest, deferred === latest);
  if (now !== pace || lexable !== pace.lexed) setPace({ ...now, lexed: lexable });
  const { holding } = now;
  useEffect(() => {
    if (!holding) return;
    // A stream that paused after a burst: its text is formatted while it waits.
    const stall = setTimeout(
      () => setPace((p) => (p.shown === latest ? paceAfterStall(p) : p)),
      RESUME_AFTER_MS,
    );
    return () => clearTimeout(stall);
  }, [holding, latest]);
  return (
    <LatestAnswer.Provider value={latest}>
      <MarkdownBlocks text={lexable.text} streaming={lexable.streaming} />
    </LatestAnswer.Provider>
  );
}

const MarkdownBlocks = memo(function MarkdownBlocks({
  text,
  streaming,
}: {
  text: string;
  streaming: boolean;
}) {
  const [split] = useState(createSplitter);
  // Text that arrived faster than it could be lexed is taken on in parts, a
  // pass each; until then it shows as plain source after the blocks, so the
  // screen never lags the stream, only the formatting does.
  const [passes] = useState(createPassBudget);
  const visible = passes.text(text);
  useLayoutEffect(() => passes.committed(visible));
  const catchingUp = visible.length < text.length;
  const live = streaming || catchingUp;
  const blocks = useMemo(() => {
    try {
      return canSanitize ? split(visible, live) : null;
    } catch {
      return null; // a renderer bug must not cost the user the answer
    }
  }, [split, visible, live]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const container = useRef<HTMLDivElement>(null);
  const end = useRef<HTMLSpanElement>(null);
  const isNear = useNearViewport(container, end, live);
  // While the answer streams, blocks far off screen keep their source: the
  // ones on screen, and the growing end while it is on screen, are what the
  // reader sees.
  const wanted = (i: number) => !live || isNear(i);
  const render = blocks
    ? passes.blocks(blocks.length, {
        known: (i) => isRendered(blocks[i]!),
        wanted,
        // Rendering here fills the HTML cache the blocks below read from.
        render: (i) => void blockHtml(blocks[i]!),
      })
    : [];
  const behind = catchingUp || render.some((done, i) => !done && wanted(i));
  // Text and blocks over the budgets come in the next passes, each a
  // transition of its own, so the browser paints in between.
  const [pass, setPass] = useState(0);
  useEffect(() => {
    if (!behind) return;
    const next = setTimeout(() => startTransition(() => setPass((n) => n + 1)), 0);
    return () => clearTimeout(next);
  }, [behind, blocks, pass]);

  if (!blocks) return <PlainText text={text} streaming={streaming} />;

  const copy = async (button: HTMLElement) => {
    try {
      await navigator.clipboard.writeText(codeOf(button));
    } catch {
      toast('The browser refused clipboard access: select the code and copy it by hand.', {
        tone: 'error',
      });
      return;
    }
    toast('Code copied to the clipboard.');
    // The button shows a tick for a moment too, where the eye already is.
    button.dataset.copied = 'true';
    clearTimeout(timer.current);
    timer.current = setTimeout(() => delete button.dataset.copied, 2000);
  };

  // The buttons live in sanitised HTML, so their clicks are handled here.
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!(e.target instanceof Element)) return;
    const load = e.target.closest('[data-md-load-image]');
    if (load) {
      e.preventDefault(); // an image inside a link loads without following it
      const holder = load.closest<HTMLElement>('[data-md-image]');
      if (holder) loadImage(holder);
      return;
    }
    const copyButton = e.target.closest<HTMLElement>('[data-md-copy]');
    if (copyButton) void copy(copyButton);
  };

  // Clicks come from real <button>s inside (keyboard included); the div only delegates them.
  return (
    <div
      ref={container}
      className={streaming ? 'message-text markdown is-streaming' : 'message-text markdown'}
      onClick={onClick}
    >
      {blocks.map((block, i) => (
        <Block key={i} block={block} render={render[i] ?? true} last={i === blocks.length - 1} />
      ))}
      <PendingSource lexed={visible} />
      <Caret />
      {/* Where new blocks will appear: watched to know whether the reader is there. */}
      {live && <span ref={end} className="md-end" />}
    </div>
  );
});
