import { memo, useState, type KeyboardEvent } from 'react';
import type { ConversationMessage } from '../../core/conversation/types';
import { usePlayground } from '../../stores/playgroundStore';
import { retryRun } from '../run/runController';
import { isSendChord, useSend } from '../run/useSend';
import { useSelectedModel } from '../models/useModels';
import { MessageImages } from '../images/MessageImages';
import { StructuredResult } from '../structured/StructuredResult';
import { MessageToolCalls, StreamingToolCalls, ToolResultOf } from '../tools/ToolCallCards';
import { shownLogprobs } from '../../core/logprobs/logprobs';
import { ProbabilitiesToggle } from '../logprobs/ProbabilitiesToggle';
import { LazyTokenHeatMap as TokenHeatMap } from '../logprobs/LazyTokenHeatMap';
import { Markdown } from '../markdown/Markdown';
import { PlainText } from '../markdown/PlainText';
import { RawToggle } from '../markdown/RawToggle';
import { ChoiceTabs } from './ChoiceTabs';
import { RunFooter } from './RunFooter';
import { InspectButton } from '../inspect/InspectButton';
import { useLiveAnswer, useLiveChoiceCount, useLiveToolCalls } from './useLiveAnswer';
import { useAnsweringElsewhere } from '../../stores/answeringElsewhere';

function MessageEditor({ message, onDone }: { message: ConversationMessage; onDone(): void }) {
  const [text, setText] = useState(message.content);
  const updateMessage = usePlayground((s) => s.updateMessage);
  const send = useSend();
  const save = () => {
    // An edited answer is the user's own text: alternatives and probabilities no longer apply.
    updateMessage(message.id, { content: text, alternatives: undefined, logprobs: undefined });
    onDone();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isSendChord(e)) {
      e.preventDefault();
      save();
      send();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onDone();
    }
  };
  return (
    <div className="message-editor">
      <textarea
        aria-label="Message text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        rows={Math.min(12, Math.max(2, text.split('\n').length))}
        autoFocus
      />
      <div className="row">
        <button type="button" className="primary" onClick={save}>
          Save message
        </button>
        <button type="button" onClick={onDone}>
          Cancel editing
        </button>
      </div>
    </div>
  );
}

export function MessageBody({
  content,
  reasoning,
  streaming,
  reasoningTokens,
  role = 'assistant',
  raw = false,
}: {
  content: string;
  reasoning?: string;
  streaming?: boolean;
  /** Assistant answers render as markdown; user and tool text stays as typed. */
  role?: ConversationMessage['role'];
  /** Show an answer's markdown source instead of its rendering. */
  raw?: boolean;
  /** The server's own count (`reasoning_tokens`), when it reports one. */
  reasoningTokens?: number;
}) {
  return (
    <>
      {reasoning && (
        <details className="reasoning" open={streaming && content === ''}>
          <summary>
            Reasoning
            {reasoningTokens !== undefined &&
              ` · ${reasoningTokens.toLocaleString('en-US')} ${reasoningTokens === 1 ? 'token' : 'tokens'}`}
          </summary>
          <div className="message-text">{reasoning}</div>
        </details>
      )}
      {role === 'assistant' && !raw ? (
        <Markdown text={content} streaming={streaming} />
      ) : (
        <PlainText text={content} streaming={streaming} />
      )}
    </>
  );
}

/** An `n > 1` answer: picking a choice makes it the message's content. */
function Alternatives({
  message,
  alternatives,
  raw,
}: {
  message: ConversationMessage;
  alternatives: string[];
  raw: boolean;
}) {
  const updateMessage = usePlayground((s) => s.updateMessage);
  const found = alternatives.indexOf(message.content);
  return (
    <ChoiceTabs
      count={alternatives.length}
      selected={found === -1 ? 0 : found}
      onSelect={(i) => updateMessage(message.id, { content: alternatives[i] ?? '' })}
      render={(i) => (
        <MessageBody
          content={alternatives[i] ?? ''}
          reasoning={i === 0 ? message.reasoning : undefined}
          reasoningTokens={i === 0 ? message.run?.usage?.reasoningTokens : undefined}
          raw={raw}
        />
      )}
    />
  );
}

/** n > 1 answers while they stream: every choice grows in its own item. */
function LiveChoices({ messageId }: { messageId: string }) {
  const choices = useLiveAnswer(messageId, true)?.choices ?? [];
  return (
    <ol className="streaming-choices" aria-label="Choices">
      {choices.map((c) => (
        <li key={c.index}>
          <span className="fine">Choice {c.index + 1}</span>
          <MessageBody content={c.text} reasoning={c.reasoning} streaming />
        </li>
      ))}
    </ol>
  );
}

/**
 * A message's text: while `live`, the streaming answer's first choice, read
 * from the run store here, so that a frame re-renders this and not the
 * message around it (its header, actions, footer and their hooks).
 */
function MessageText({
  messageId,
  live,
  ...finished
}: Parameters<typeof MessageBody>[0] & { messageId: string; live: boolean }) {
  const answer = useLiveAnswer(messageId, live);
  if (!answer) return <MessageBody {...finished} />;
  const choice = answer.choices[0];
  return (
    <MessageBody
      content={choice?.text ?? ''}
      reasoning={choice?.reasoning}
      reasoningTokens={answer.reasoningTokens}
      streaming
    />
  );
}

function LiveToolCalls({ messageId }: { messageId: string }) {
  const calls = useLiveToolCalls(messageId);
  return calls && calls.length > 0 ? <StreamingToolCalls calls={calls} /> : null;
}

/** The footer of a finished run; Retry asks again with the model selected now. */
function FinishedRunFooter({
  messageId,
  ...footer
}: Omit<Parameters<typeof RunFooter>[0], 'onRetry'> & { messageId: string }) {
  const { info } = useSelectedModel();
  return <RunFooter {...footer} onRetry={() => void retryRun(messageId, info)} />;
}

/**
 * One message of the conversation, finished or (when `live`) being written.
 * Both states are the same component with the answer body at the same place,
 * so when a run ends React keeps the rendered markdown blocks instead of
 * mounting a long answer's blocks all over again in one task.
 */
export const MessageItem = memo(function MessageItem({
  message,
  live = false,
}: {
  message: ConversationMessage;
  live?: boolean;
}) {
  const liveChoices = useLiveChoiceCount(message.id, live);
  const answering = liveChoices !== undefined;
  const elsewhere = useAnsweringElsewhere((s) =>
    !s.checked ? 'unknown' : s.ids.has(message.id) ? 'yes' : 'no',
  );
  const [editing, setEditing] = useState(false);
  const [heatMap, setHeatMap] = useState(false);
  const [raw, setRaw] = useState(false);
  const tokens =
    message.role === 'assistant'
      ? shownLogprobs(message.logprobs, message.alternatives, message.content)
      : undefined;
  const deleteMessage = usePlayground((s) => s.deleteMessage);
  const toggleRole = usePlayground((s) => s.toggleRole);
  return (
    <li className={`message message-${message.role}`}>
      <article aria-label={`${message.role} message`} aria-busy={answering ? true : undefined}>
        <header className="message-head">
          <span className="role">{message.role}</span>
          {answering ? (
            <span className="fine">
              {liveChoices > 0 ? 'writing…' : 'waiting for the first token…'}
            </span>
          ) : (
            <div className="message-actions">
              {tokens && <ProbabilitiesToggle pressed={heatMap} onPressedChange={setHeatMap} />}
              {message.role === 'assistant' && message.content !== '' && (
                <RawToggle pressed={raw} onPressedChange={setRaw} />
              )}
              {message.run && <InspectButton runId={message.id} />}
              <button
                type="button"
                className="icon-button"
                aria-label="Edit message"
                title="Edit"
                onClick={() => setEditing(true)}
                disabled={editing}
              >
                ✎
              </button>
              {message.role !== 'tool' && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label="Toggle role"
                  title={`Make it ${message.role === 'user' ? 'assistant' : 'user'}`}
                  onClick={() => toggleRole(message.id)}
                >
                  ⇄
                </button>
              )}
              <button
                type="button"
                className="icon-button"
                aria-label="Delete message"
                title="Delete"
                onClick={() => deleteMessage(message.id)}
              >
                ✕
              </button>
            </div>
          )}
        </header>
        {message.role === 'tool' && <ToolResultOf message={message} />}
        {answering && liveChoices > 1 ? (
          <LiveChoices messageId={message.id} />
        ) : !answering && editing ? (
          <MessageEditor message={message} onDone={() => setEditing(false)} />
        ) : !answering && heatMap && tokens ? (
          <TokenHeatMap tokens={tokens} content={message.content} />
        ) : !answering && message.alternatives ? (
          <Alternatives message={message} alternatives={message.alternatives} raw={raw} />
        ) : (
          <MessageText
            messageId={message.id}
            live={answering}
            content={message.content}
            reasoning={message.reasoning}
            reasoningTokens={message.run?.usage?.reasoningTokens}
            role={message.role}
            raw={raw}
          />
        )}
        <MessageImages images={message.images} />
        {!editing && !answering && <StructuredResult message={message} />}
        {answering ? (
          <LiveToolCalls messageId={message.id} />
        ) : (
          <MessageToolCalls message={message} />
        )}
        {message.run && message.run.status !== 'streaming' && (
          <FinishedRunFooter messageId={message.id} run={message.run} elsewhere={elsewhere} />
        )}
      </article>
    </li>
  );
});
