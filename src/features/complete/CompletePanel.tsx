import { useState, type KeyboardEvent } from 'react';
import { shownLogprobs } from '../../core/logprobs/logprobs';
import type { PendingCompletion } from '../../core/persistence/persistedState';
import { usePlayground } from '../../stores/playgroundStore';
import { ChoiceTabs } from '../conversation/ChoiceTabs';
import { ProbabilitiesToggle } from '../logprobs/ProbabilitiesToggle';
import { TokenHeatMap } from '../logprobs/TokenHeatMap';
import { RunFooter } from '../conversation/RunFooter';
import { acceptCompletion, stopRun } from '../run/runController';
import { COMPLETION_RUN_ID, useRunStore } from '../run/runStore';
import { useIsRunning } from '../run/useIsRunning';
import { SendBlockers } from '../run/SendBlockers';
import { isSendChord, useSend } from '../run/useSend';
import EstimateBar from '../estimate/EstimateBar';
import VariablesPanel from '../variables/VariablesPanel';

/** The prompt, then the completion in a distinct style, as one continuous text. */
function CompletionText({
  prompt,
  text,
  streaming,
}: {
  prompt: string;
  text: string;
  streaming?: boolean;
}) {
  return (
    <div className="completion-text message-text">
      <span className="completion-prompt">{prompt}</span>
      <mark className="completion-output">{text}</mark>
      {streaming && <span className="caret" aria-hidden="true" />}
    </div>
  );
}

function StreamingCompletion() {
  const prompt = usePlayground((s) => s.prompt);
  const choices = useRunStore((s) =>
    s.active?.messageId === COMPLETION_RUN_ID ? s.active.state.choices : undefined,
  );
  if (!choices) return null;
  return (
    <section className="completion" aria-label="Completion" aria-busy="true">
      {choices.length > 1 ? (
        choices.map((c) => (
          <div key={c.index}>
            <span className="fine">Choice {c.index + 1}</span>
            <CompletionText prompt={prompt} text={c.text} streaming />
          </div>
        ))
      ) : (
        <CompletionText prompt={prompt} text={choices[0]?.text ?? ''} streaming />
      )}
    </section>
  );
}

function FinishedCompletion({ completion }: { completion: PendingCompletion }) {
  const setCompletion = usePlayground((s) => s.setCompletion);
  const currentPrompt = usePlayground((s) => s.prompt);
  const send = useSend();
  const stale = currentPrompt !== completion.prompt;
  const { alternatives, selected } = completion;
  const [heatMap, setHeatMap] = useState(false);
  const tokens = shownLogprobs(completion.logprobs, alternatives, selected);
  return (
    <section className="completion" aria-label="Completion">
      {tokens && <ProbabilitiesToggle pressed={heatMap} onPressedChange={setHeatMap} />}
      {heatMap && tokens ? (
        <TokenHeatMap
          tokens={tokens}
          content={alternatives[selected]}
          before={<span className="completion-prompt">{completion.prompt}</span>}
        />
      ) : alternatives.length > 1 ? (
        <ChoiceTabs
          count={alternatives.length}
          selected={selected}
          onSelect={(i) => setCompletion({ ...completion, selected: i })}
          render={(i) => <CompletionText prompt={completion.prompt} text={alternatives[i] ?? ''} />}
        />
      ) : (
        <CompletionText prompt={completion.prompt} text={alternatives[0] ?? ''} />
      )}
      {completion.run && <RunFooter run={completion.run} onRetry={send} />}
      {stale && (
        <p className="fine">
          The prompt changed since this completion; Accept is off so nothing is merged into the
          wrong text.
        </p>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={acceptCompletion} disabled={stale}>
          Accept
        </button>
        <button type="button" onClick={send}>
          Retry
        </button>
        <button type="button" onClick={() => setCompletion(null)}>
          Discard
        </button>
      </div>
    </section>
  );
}

/** Complete mode: one prompt, an optional suffix, and the raw continuation. */
export default function CompletePanel() {
  const prompt = usePlayground((s) => s.prompt);
  const suffix = usePlayground((s) => s.suffix);
  const setPrompt = usePlayground((s) => s.setPrompt);
  const setSuffix = usePlayground((s) => s.setSuffix);
  const completion = usePlayground((s) => s.completion);
  const running = useIsRunning();
  const send = useSend();
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isSendChord(e)) {
      e.preventDefault();
      send();
    }
  };
  return (
    <div className="complete-panel">
      <label className="field-label" htmlFor="prompt">
        Prompt
      </label>
      <textarea
        id="prompt"
        className="prompt-editor"
        value={prompt}
        onChange={(e) => setPrompt(e.target.value)}
        onKeyDown={onKeyDown}
        rows={10}
        spellCheck={false}
      />
      <details className="suffix" open={suffix !== ''}>
        <summary>Suffix (optional)</summary>
        <label className="field-label" htmlFor="suffix">
          Suffix
        </label>
        <textarea
          id="suffix"
          value={suffix}
          onChange={(e) => setSuffix(e.target.value)}
          rows={2}
          spellCheck={false}
        />
        <p className="field-hint">
          Text that comes after the completion, for fill-in-the-middle models.
        </p>
      </details>
      <VariablesPanel />
      <EstimateBar />
      <SendBlockers />
      <div className="composer-actions">
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
      {running ? (
        <StreamingCompletion />
      ) : (
        completion && <FinishedCompletion completion={completion} />
      )}
    </div>
  );
}
