import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
} from 'react';
import type { MdBlock } from '../../core/markdown/blocks';
import { blockHtml, createSplitter } from './renderBlocks';
import { codeOf, highlightCodeBlocks } from './codeBlocks';
import { loadImage, showAllowedImages } from './imageConsent';
import { PlainText } from './PlainText';
import { canSanitize } from './sanitize';
import './markdown.css';

/**
 * One top-level block. It re-renders only when its key (source, open fence,
 * reference definitions) changes, so while an answer streams only the last
 * block is parsed, sanitised and set again; finished code is highlighted once.
 */
const Block = memo(
  function Block({ block }: { block: MdBlock }) {
    const ref = useRef<HTMLDivElement>(null);
    const html = blockHtml(block);
    useLayoutEffect(() => {
      const el = ref.current;
      if (!el) return;
      showAllowedImages(el);
      highlightCodeBlocks(el);
    }, [html]);
    // Sanitised by blockHtml (renderer policy, then DOMPurify with a strict allow-list).
    return <div ref={ref} className="md-block" dangerouslySetInnerHTML={{ __html: html }} />;
  },
  (a, b) => a.block.key === b.block.key,
);

export default function MarkdownView({ text, streaming }: { text: string; streaming?: boolean }) {
  const [split] = useState(createSplitter);
  const blocks = useMemo(() => {
    try {
      return canSanitize ? split(text, !!streaming) : null;
    } catch {
      return null; // a renderer bug must not cost the user the answer
    }
  }, [split, text, streaming]);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  if (!blocks) return <PlainText text={text} streaming={streaming} />;

  const copy = async (button: HTMLElement) => {
    let message: string;
    try {
      await navigator.clipboard.writeText(codeOf(button));
      message = 'Code copied to the clipboard.';
      button.dataset.copied = 'true';
    } catch {
      message = 'The browser refused clipboard access: select the code and copy it by hand.';
    }
    setStatus(message);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setStatus('');
      delete button.dataset.copied;
    }, 2000);
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

  return (
    <>
      {/* Clicks come from real <button>s inside (keyboard included); the div only delegates them. */}
      <div className="message-text markdown" onClick={onClick}>
        {blocks.map((block, i) => (
          <Block key={i} block={block} />
        ))}
        {streaming && <span className="caret" aria-hidden="true" />}
      </div>
      <span className="md-status" role="status">
        {status}
      </span>
    </>
  );
}
