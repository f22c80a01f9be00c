import type { CompareColumn } from '../../core/compare/columns';
import {
  addMessage,
  removeMessage,
  setContent,
  setSystem,
  toggleRole,
} from '../../core/compare/ownPrompt';
import type { ConversationMessage } from '../../core/conversation/types';
import { newMessageId, usePlayground } from '../../stores/playgroundStore';
import { useCompareColumns } from './compareStore';

function rows(text: string): number {
  return Math.min(8, Math.max(1, text.split('\n').length));
}

/** What a copied message carries besides its text, which the column keeps but does not edit. */
function extrasOf(message: ConversationMessage): string {
  const parts: string[] = [];
  const images = message.images?.length ?? 0;
  if (images > 0) parts.push(`${images} ${images === 1 ? 'image' : 'images'}`);
  const calls = message.toolCalls?.length ?? 0;
  if (calls > 0) parts.push(`${calls} tool ${calls === 1 ? 'call' : 'calls'}`);
  return parts.join(', ');
}

/** The column's own system message and conversation, edited in place. */
function OwnPromptEditor({ column, label }: { column: CompareColumn; label: string }) {
  const editOwn = useCompareColumns((s) => s.editOwn);
  const own = column.own;
  if (!own) return null;
  return (
    <div className="compare-own" role="group" aria-label={`Own prompt of ${label}`}>
      <label className="compare-own-field">
        <span className="field-label">System message</span>
        <textarea
          aria-label={`System message of ${label}`}
          value={own.system}
          rows={rows(own.system)}
          onChange={(e) => editOwn(column.id, (o) => setSystem(o, e.target.value))}
        />
      </label>
      {own.messages.length > 0 && (
        <ol className="compare-own-messages" aria-label={`Conversation of ${label}`}>
          {own.messages.map((m, i) => {
            const name = `message ${i + 1} of ${label}`;
            const extras = extrasOf(m);
            return (
              <li key={m.id} className="compare-own-message">
                <div className="compare-own-message-head">
                  <span className="role">{m.role}</span>
                  {extras && <span className="fine">{extras}</span>}
                  {m.role !== 'tool' && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Toggle role of ${name}`}
                      title={`Make it ${m.role === 'user' ? 'assistant' : 'user'}`}
                      onClick={() => editOwn(column.id, (o) => toggleRole(o, m.id))}
                    >
                      ⇄
                    </button>
                  )}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Delete ${name}`}
                    title="Delete"
                    onClick={() => editOwn(column.id, (o) => removeMessage(o, m.id))}
                  >
                    ✕
                  </button>
                </div>
                <textarea
                  aria-label={`Text of ${name} (${m.role})`}
                  value={m.content}
                  rows={rows(m.content)}
                  onChange={(e) => editOwn(column.id, (o) => setContent(o, m.id, e.target.value))}
                />
              </li>
            );
          })}
        </ol>
      )}
      <div className="row">
        <button
          type="button"
          onClick={() =>
            editOwn(column.id, (o) =>
              addMessage(o, { id: newMessageId(), role: 'user', content: '' }),
            )
          }
        >
          Add message
        </button>
      </div>
    </div>
  );
}

/**
 * Whether the column runs the playground's system message and conversation
 * or its own copy of them. Syncing back sets the copy aside with Undo.
 */
export function ColumnPrompt({
  column,
  label,
  disabled,
}: {
  column: CompareColumn;
  label: string;
  disabled: boolean;
}) {
  const unsync = useCompareColumns((s) => s.unsync);
  const syncBack = useCompareColumns((s) => s.syncBack);
  const undo = useCompareColumns((s) => s.undoSyncBack);
  const setAside = useCompareColumns((s) =>
    Object.hasOwn(s.discarded, column.id) ? s.discarded[column.id] : undefined,
  );
  const own = column.own !== undefined;
  return (
    <div className="compare-own-control">
      <div className="row">
        <button
          type="button"
          aria-pressed={own}
          aria-label={`Own prompt for ${label}`}
          disabled={disabled}
          onClick={() => {
            if (own) {
              syncBack(column.id);
            } else {
              const s = usePlayground.getState();
              unsync(column.id, { system: s.system, messages: s.messages });
            }
          }}
        >
          Own prompt
        </button>
        <span className="fine">
          {own ? 'Runs its own system message and conversation.' : 'Synced with the playground.'}
        </span>
      </div>
      <p className="compare-own-status" role="status">
        {setAside && !own && (
          <>
            Its own prompt was set aside.{' '}
            <button
              type="button"
              className="link"
              aria-label={`Undo: give ${label} its own prompt back`}
              onClick={() => undo(column.id)}
            >
              Undo
            </button>
          </>
        )}
      </p>
      <OwnPromptEditor column={column} label={label} />
    </div>
  );
}
