import { lazy, Suspense, type KeyboardEvent } from 'react';
import { usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { draftImages, useAttachments } from '../images/attachmentsStore';
import { ImageAttachments } from '../images/ImageAttachments';
import { useImageInput, useImagesAllowed } from '../images/useImageInput';
import { RepeatControl } from '../repeat/RepeatControl';
import { stopRun } from '../run/runController';
import { useIsRunning } from '../run/useIsRunning';
import { SendBlockers } from '../run/SendBlockers';
import { isSendChord, useSend } from '../run/useSend';

// Lazy: the tokenizers and the variables panel stay off the first screen.
const EstimateBar = lazy(() => import('../estimate/EstimateBar'));
const VariablesPanel = lazy(() => import('../variables/VariablesPanel'));

export function Composer() {
  const draft = useUi((s) => s.draft);
  const setDraft = useUi((s) => s.setDraft);
  const running = useIsRunning();
  const send = useSend();
  const imageInput = useImageInput();
  const imagesAllowed = useImagesAllowed();
  const hasImages = useAttachments((s) => s.images.length > 0) && imagesAllowed;

  const addMessage = () => {
    const { messages, addMessage: add } = usePlayground.getState();
    // Alternate roles so a multi-turn context can be typed in one go.
    const last = messages[messages.length - 1];
    const images = draftImages();
    if (images.length > 0) {
      // Only user messages can carry images.
      usePlayground.getState().updateMessage(add('user', draft), { images });
      useAttachments.getState().clear();
    } else {
      add(last?.role === 'user' ? 'assistant' : 'user', draft);
    }
    setDraft('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isSendChord(e)) {
      e.preventDefault();
      send();
    }
  };

  return (
    <div
      className={imageInput.dragging ? 'composer is-dropping' : 'composer'}
      onDragOver={imageInput.onDragOver}
      onDragLeave={imageInput.onDragLeave}
      onDrop={imageInput.onDrop}
    >
      <Suspense fallback={null}>
        <VariablesPanel />
      </Suspense>
      <textarea
        aria-label="Message"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={imageInput.onPaste}
        rows={3}
        placeholder="Write a message… (Ctrl+Enter or ⌘+Enter to send, Shift+Enter for a new line)"
      />
      <ImageAttachments />
      {/* The slot keeps a line for the estimate, so the composer does not grow when it arrives. */}
      <div className="estimate-slot">
        <Suspense fallback={null}>
          <EstimateBar />
        </Suspense>
      </div>
      <SendBlockers />
      <div className="composer-actions">
        <button type="button" onClick={addMessage} disabled={draft.trim() === '' && !hasImages}>
          Add message
        </button>
        <RepeatControl />
        {running ? (
          <button type="button" className="danger" onClick={stopRun}>
            Stop
          </button>
        ) : (
          <button type="button" className="primary" onClick={send}>
            Send
          </button>
        )}
      </div>
    </div>
  );
}
