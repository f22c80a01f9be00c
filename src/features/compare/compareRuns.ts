import { create } from 'zustand';
import { answerFields } from '../../core/conversation/answerFields';
import { runInLanes } from '../../core/compare/lanes';
import type { CompareColumn } from '../../core/compare/columns';
import { ownMissingVariables, promptOf, type OwnPrompt } from '../../core/compare/ownPrompt';
import { networkHintFor, connectionNeedsKey } from '../../core/connections/connectionRules';
import { toChatMessages } from '../../core/conversation/toChatMessages';
import type { RunSummary } from '../../core/conversation/types';
import { modelContext, PARAMS, type ModelContext } from '../../core/params/registry';
import { resolveParams } from '../../core/params/resolve';
import type { SavedConnection } from '../../core/persistence/persistedState';
import {
  describeBlocker,
  sendBlockers,
  type Blocker,
  type InputProblem,
} from '../../core/request/readiness';
import { buildRequest } from '../../core/request/buildRequest';
import type { RunState } from '../../core/stream/runReducer';
import type { ModelInfo, PreparedRequest } from '../../core/types';
import { substituteMessages } from '../../core/variables/conversation';
import { missingVariables, substitute } from '../../core/variables/variables';
import { useKeyStore } from '../../stores/keyStore';
import { newMessageId, usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { draftImages } from '../images/attachmentsStore';
import { executeRun } from '../run/executeRun';
import { currentTemplateTexts, useVariables } from '../variables/variablesStore';
import { inputProblems, requestExtras } from '../run/requestExtras';
import { isRunning, summarise } from '../run/runController';
import { commitDraft } from '../run/useSend';
import { useCompareColumns } from './compareStore';
import { useCompareMode } from './compareMode';

export interface ColumnRun {
  /** Waiting for the in-browser engine to finish another column. */
  queued: boolean;
  state: RunState | null;
  summary?: RunSummary;
}

interface CompareRuns {
  runs: Record<string, ColumnRun>;
  /** Set when Send was refused, so the columns show why. */
  attempted: boolean;
}

/** Per-column run state: not persisted, like the main run store. */
export const useCompareRuns = create<CompareRuns>()(() => ({ runs: {}, attempted: false }));

const controllers = new Map<string, AbortController>();
/** Each column's model facts, reported by the column once its model list loads. */
const infos = new Map<string, ModelInfo | undefined>();

export function reportColumnInfo(columnId: string, info: ModelInfo | undefined): void {
  infos.set(columnId, info);
}

export function columnInfo(columnId: string): ModelInfo | undefined {
  return infos.get(columnId);
}

function setRun(columnId: string, run: ColumnRun): void {
  useCompareRuns.setState((s) => ({ runs: { ...s.runs, [columnId]: run } }));
}

export function connectionOf(column: CompareColumn): SavedConnection | undefined {
  return usePlayground.getState().connections.find((c) => c.id === column.connectionId);
}

export function columnContext(column: CompareColumn): ModelContext | null {
  const connection = connectionOf(column);
  if (!connection || !column.model) return null;
  return modelContext(column.model, columnInfo(column.id), connection.provider, 'chat');
}

/** The system message and conversation this column runs: its own, or the playground's. */
export function columnPrompt(column: CompareColumn): OwnPrompt {
  const s = usePlayground.getState();
  return promptOf(column, { system: s.system, messages: s.messages });
}

/** Variables only an own prompt uses: the Variables panel lists the shared prompt's. */
function ownPromptProblems(column: CompareColumn): InputProblem[] {
  if (!column.own) return [];
  const values = useVariables.getState().values;
  const missing = ownMissingVariables(
    column.own,
    useUi.getState().draft,
    values,
    missingVariables(currentTemplateTexts('chat'), values),
  );
  if (missing.length === 0) return [];
  const names = missing.map((n) => `{{${n}}}`).join(', ');
  return [
    {
      field: 'Variables',
      message: `${names} in this column's own prompt ${missing.length === 1 ? 'has' : 'have'} no value. The Variables panel lists the shared prompt's variables: use ${missing.length === 1 ? 'it' : 'them'} there too to give a value, or write \\{{…}} to send the braces as they are.`,
    },
  ];
}

/** Why this column cannot run its prompt now, in words. */
export function columnBlockers(column: CompareColumn): Blocker[] {
  const connection = connectionOf(column);
  const ctx = columnContext(column);
  const apiKey = connection ? useKeyStore.getState().keyFor(connection.id).apiKey : '';
  return sendBlockers({
    model: connection ? column.model : null,
    paramErrors: ctx ? resolveParams(ctx, column.raw).errors : {},
    messages: columnPrompt(column).messages,
    draft: useUi.getState().draft,
    draftImages: draftImages().length,
    apiKey,
    keyRequired: connection ? connectionNeedsKey(connection) : false,
    problems: [...(ctx ? inputProblems(ctx) : []), ...ownPromptProblems(column)],
  });
}

export function describeColumnBlocker(blocker: Blocker): string {
  return describeBlocker(blocker, (key) => PARAMS.find((p) => p.key === key)?.label ?? key);
}

/**
 * The request Send posts for this column: the one request builder, with the
 * column's connection, model, parameters and prompt (variables filled in as
 * for the main conversation).
 */
export function columnRequest(column: CompareColumn): PreparedRequest | null {
  const connection = connectionOf(column);
  const ctx = columnContext(column);
  if (!connection || !ctx || !column.model) return null;
  const prompt = columnPrompt(column);
  const values = useVariables.getState().values;
  return buildRequest({
    connection,
    model: column.model,
    params: resolveParams(ctx, column.raw).values,
    extras: requestExtras(ctx),
    stream: usePlayground.getState().stream,
    mode: 'chat',
    system: substitute(prompt.system, values),
    messages: toChatMessages(substituteMessages(prompt.messages, values)),
  });
}

export function isColumnRunning(columnId: string): boolean {
  return controllers.has(columnId);
}

export function anyColumnRunning(): boolean {
  return controllers.size > 0;
}

async function runColumn(column: CompareColumn, request: PreparedRequest): Promise<void> {
  const connection = connectionOf(column);
  const abort = controllers.get(column.id);
  if (!connection || !abort) return;
  if (abort.signal.aborted) {
    // Stopped while it waited for the engine: it never ran.
    setRun(column.id, { queued: false, state: null });
    controllers.delete(column.id);
    return;
  }
  const model = column.model ?? '';
  try {
    const { state, extra } = await executeRun({
      request,
      apiKey: useKeyStore.getState().keyFor(connection.id).apiKey,
      signal: abort.signal,
      networkHint: networkHintFor(connection, window.location.origin),
      onState: (state) => setRun(column.id, { queued: false, state }),
    });
    setRun(column.id, { queued: false, state, summary: summarise(state, model, extra) });
  } finally {
    controllers.delete(column.id);
  }
}

/**
 * Compare mode's Send: checks every column, adds the composer's text to the
 * shared conversation, then runs all columns at once. Columns on the
 * in-browser engine take turns, since it generates one answer at a time.
 */
export function sendAll(): void {
  // The main run may hold the in-browser engine; one thing at a time.
  if (anyColumnRunning() || isRunning()) return;
  const { columns } = useCompareColumns.getState();
  if (columns.some((c) => columnBlockers(c).length > 0)) {
    useCompareRuns.setState({ attempted: true });
    return;
  }
  useCompareRuns.setState({ attempted: false, runs: {} });
  const before = usePlayground.getState().messages;
  commitDraft();
  const after = usePlayground.getState().messages;
  // The composer's message joins every column: unsynced ones get it in their own conversation.
  const added = after.length > before.length ? after.at(-1) : undefined;
  if (added) useCompareColumns.getState().appendToUnsynced(added);
  const tasks = useCompareColumns.getState().columns.flatMap((column) => {
    const request = columnRequest(column);
    if (!request) return [];
    controllers.set(column.id, new AbortController());
    setRun(column.id, { queued: request.provider === 'inbrowser', state: null });
    return [
      {
        lane: request.provider === 'inbrowser' ? 'inbrowser' : undefined,
        run: () => runColumn(column, request),
      },
    ];
  });
  void runInLanes(tasks);
}

export function stopColumn(columnId: string): void {
  controllers.get(columnId)?.abort();
}

export function stopAll(): void {
  for (const abort of controllers.values()) abort.abort();
}

/**
 * Adopts a column's answer as the conversation's next assistant message,
 * with its run summary, and leaves compare mode. An unsynced column's answer
 * answers its own prompt, so that prompt comes with it: it replaces the
 * playground's system message and conversation, with Undo.
 */
export function adoptColumnAnswer(columnId: string): void {
  const run = useCompareRuns.getState().runs[columnId];
  const choice = run?.state?.choices[0];
  if (!run?.state || !run.summary || !choice) return;
  const messageId = newMessageId();
  const answer = {
    id: messageId,
    role: 'assistant' as const,
    ...answerFields(messageId, choice),
    run: run.summary,
  };
  const columns = useCompareColumns.getState().columns;
  const index = columns.findIndex((c) => c.id === columnId);
  const own = columns[index]?.own;
  if (own) {
    usePlayground
      .getState()
      .replaceConversation(own.system, [...own.messages, answer], `column ${index + 1}`);
  } else {
    usePlayground.getState().appendMessage(answer);
  }
  useCompareRuns.setState({ runs: {}, attempted: false });
  useCompareMode.getState().setOn(false);
}
