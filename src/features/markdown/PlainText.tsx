import { GrowingText } from './GrowingText';

/** The answer as typed: what shows until the markdown renderer has loaded, and in Raw. */
export function PlainText({ text, streaming }: { text: string; streaming?: boolean }) {
  return (
    <div className="message-text">
      <GrowingText text={text} />
      {streaming && <span className="caret" aria-hidden="true" />}
    </div>
  );
}
