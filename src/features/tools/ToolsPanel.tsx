import { useState } from 'react';
import { Select } from '../../components/ui/Select';
import { Switch } from '../../components/ui/Switch';
import { HelpTip } from '../../components/ui/Tip';
import { formatTool, parseToolSource } from '../../core/tools/definitions';
import { importTools } from '../../core/tools/importTools';
import { toolLabel } from '../../core/tools/requestFields';
import { TOOL_TEMPLATES, uniqueToolName, type ToolTemplate } from '../../core/tools/templates';
import {
  forcedFunction,
  functionChoice,
  TOOL_CHOICE_MODES,
  type ToolChoiceSetting,
} from '../../core/tools/toolChoice';
import { MAX_TOOL_STEPS_LIMIT } from '../../core/tools/toolsState';
import { currentChecks, useTools } from '../../stores/toolsStore';
import { ToolEditor } from './ToolEditor';
import './tools.css';

/** Names of the tools that parse, in order: what "Tool choice" can force. */
function useDefinedNames(): string[] {
  const tools = useTools((s) => s.tools);
  const names: string[] = [];
  for (const t of tools) {
    const name = parseToolSource(t.source)?.function.name;
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

function SentState({
  sent,
  onReset,
  label,
}: {
  sent: boolean;
  onReset?: () => void;
  label: string;
}) {
  return (
    <>
      <span className={sent ? 'param-state is-set' : 'param-state'}>
        {sent ? 'sent' : 'not sent'}
      </span>
      {onReset && (
        <button
          type="button"
          className="icon-button"
          onClick={onReset}
          aria-label={`Reset ${label}`}
          title="Reset: leave it out of the request"
        >
          ↺
        </button>
      )}
    </>
  );
}

function AddTools() {
  const addTools = useTools((s) => s.addTools);
  const add = (template: ToolTemplate) => {
    const taken = new Set(
      useTools
        .getState()
        .tools.map((t) => parseToolSource(t.source)?.function.name)
        .filter((n): n is string => n !== undefined),
    );
    const name = uniqueToolName(template.tool.function.name, taken);
    const tool = { ...template.tool, function: { ...template.tool.function, name } };
    addTools([{ source: formatTool(tool), mock: template.mock }]);
  };
  return (
    <div className="tool-add" role="group" aria-label="Add a tool">
      <span className="fine">Add:</span>
      {TOOL_TEMPLATES.map((t) => (
        <button key={t.id} type="button" aria-label={`Add tool ${t.label}`} onClick={() => add(t)}>
          + {t.label}
        </button>
      ))}
    </div>
  );
}

function ImportTools() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const run = () => {
    const outcome = importTools(text);
    if (!outcome.ok) {
      setResult({ ok: false, message: outcome.message });
      return;
    }
    const { sources, toolChoice, parallelToolCalls, converted, skipped } = outcome.imported;
    const s = useTools.getState();
    const added = s.addTools(sources.map((source) => ({ source })));
    if (toolChoice !== undefined) s.setToolChoice(toolChoice);
    if (parallelToolCalls !== undefined) s.setParallelToolCalls(parallelToolCalls);
    const parts = [`Imported ${added.length} tool${added.length === 1 ? '' : 's'}`];
    if (added.length < sources.length)
      parts.push(`${sources.length - added.length} over the limit`);
    if (converted) parts.push('converted from the legacy functions format');
    if (skipped.length > 0) parts.push(`skipped ${skipped.join('; ')}`);
    setResult({ ok: true, message: `${parts.join(', ')}.` });
    setText('');
  };
  return (
    <details className="tool-import">
      <summary>Import JSON</summary>
      <p className="fine">
        Paste a tool, a list of tools, a request body with <code>tools</code>, or the legacy{' '}
        <code>functions</code> / <code>function_call</code>: they become tools.
      </p>
      <textarea
        aria-label="Import tools JSON"
        className="tool-json"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={4}
        spellCheck={false}
      />
      <div className="row">
        <button type="button" onClick={run} disabled={text.trim() === ''}>
          Import
        </button>
      </div>
      {result && (
        <p className={result.ok ? 'fine' : 'field-error'} role="status">
          {result.message}
        </p>
      )}
    </details>
  );
}

function ToolChoiceField({ names, hasTools }: { names: readonly string[]; hasTools: boolean }) {
  const choice = useTools((s) => s.toolChoice);
  const setToolChoice = useTools((s) => s.setToolChoice);
  const forced = choice === null ? undefined : forcedFunction(choice);
  const options = [
    ...TOOL_CHOICE_MODES.map((m) => ({ value: m, label: m })),
    ...names.map((n) => ({ value: functionChoice(n), label: n })),
  ];
  if (forced !== undefined && !names.includes(forced))
    options.push({ value: functionChoice(forced), label: `${forced} (not defined)` });
  return (
    <div className="field">
      <div className="field-label-row">
        <label className="field-label" htmlFor="tool-choice">
          Tool choice
        </label>
        <HelpTip label="Tool choice">
          auto: the model decides. none: never call a tool. required: call at least one. A function
          name: call that function. Sent only with tools.
        </HelpTip>
        <SentState
          sent={choice !== null && hasTools}
          label="Tool choice"
          onReset={choice === null ? undefined : () => setToolChoice(null)}
        />
      </div>
      <Select
        id="tool-choice"
        label="Tool choice"
        value={choice ?? ''}
        placeholder="Server default (usually auto)"
        options={options}
        onChange={(v) => setToolChoice(v as ToolChoiceSetting)}
      />
    </div>
  );
}

function ParallelField({ hasTools }: { hasTools: boolean }) {
  const value = useTools((s) => s.parallelToolCalls);
  const setValue = useTools((s) => s.setParallelToolCalls);
  return (
    <div className="field-label-row">
      <Switch label="Parallel tool calls" checked={value ?? true} onChange={setValue} />
      <HelpTip label="Parallel tool calls">
        Whether the model may ask for several tool calls in one answer. Sent only when you set it
        (the servers’ default is on).
      </HelpTip>
      <SentState
        sent={value !== null && hasTools}
        label="Parallel tool calls"
        onReset={value === null ? undefined : () => setValue(null)}
      />
    </div>
  );
}

function AutoReplyFields() {
  const autoReply = useTools((s) => s.autoReply);
  const setAutoReply = useTools((s) => s.setAutoReply);
  const maxSteps = useTools((s) => s.maxSteps);
  const setMaxSteps = useTools((s) => s.setMaxSteps);
  const [raw, setRaw] = useState(String(maxSteps));
  const parsed = Number(raw);
  const invalid = !(Number.isInteger(parsed) && parsed >= 1 && parsed <= MAX_TOOL_STEPS_LIMIT);
  return (
    <>
      <Switch label="Auto-reply with mock results" checked={autoReply} onChange={setAutoReply} />
      <div className="field">
        <label className="field-label" htmlFor="max-tool-steps">
          Max tool steps
        </label>
        <input
          id="max-tool-steps"
          className="param-number"
          type="number"
          min={1}
          max={MAX_TOOL_STEPS_LIMIT}
          step={1}
          value={raw}
          aria-invalid={invalid || undefined}
          aria-describedby="max-tool-steps-hint"
          onChange={(e) => {
            setRaw(e.target.value);
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= MAX_TOOL_STEPS_LIMIT) setMaxSteps(n);
          }}
        />
        <p className={invalid ? 'field-error' : 'field-hint'} id="max-tool-steps-hint">
          {invalid
            ? `A whole number from 1 to ${MAX_TOOL_STEPS_LIMIT}; ${maxSteps} applies meanwhile.`
            : 'Auto-reply answers each tool call with its mock response (a tool without one answers {"error": "no mock response for <name>"}) and runs again, at most this many rounds after each message you send. Stop ends it.'}
        </p>
      </div>
    </>
  );
}

/** The side panel's "Tools" section (loaded lazily by ToolsSection). */
export function ToolsPanel({ model, listed }: { model: string; listed: boolean }) {
  const tools = useTools((s) => s.tools);
  const checks = useTools(currentChecks);
  const names = useDefinedNames();
  return (
    <section className="panel-section tools-panel" aria-labelledby="tools-heading">
      <div className="field-label-row">
        <h2 id="tools-heading">Tools</h2>
        <HelpTip label="Tools">
          Functions the model may ask to call. The playground never runs them: you answer each call
          with a result (or its mock response), and the conversation goes on.
        </HelpTip>
      </div>
      {!listed && (
        <p className="field-warning">
          This server does not say whether {model} supports tool calling; it may reject requests
          with tools or ignore them.
        </p>
      )}
      {tools.length === 0 && (
        <p className="fine">No tools: requests go without them. Add one below.</p>
      )}
      {tools.map((tool, i) => (
        <ToolEditor
          key={tool.id}
          tool={tool}
          label={toolLabel(tool.source, i)}
          check={checks?.[i]}
        />
      ))}
      <AddTools />
      <ImportTools />
      <ToolChoiceField names={names} hasTools={tools.length > 0} />
      <ParallelField hasTools={tools.length > 0} />
      <AutoReplyFields />
    </section>
  );
}
