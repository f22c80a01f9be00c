import { describeIssue, type ToolCheck } from '../../core/tools/toolCheck';
import { formatTool, parseToolSource } from '../../core/tools/definitions';
import type { SavedTool } from '../../core/tools/toolsState';
import { useTools } from '../../stores/toolsStore';

const rowsFor = (text: string, min: number, max: number) =>
  Math.min(max, Math.max(min, text.split('\n').length));

/** One tool: its JSON, what is wrong with it (at the line), and its mock response. */
export function ToolEditor({
  tool,
  label,
  check,
}: {
  tool: SavedTool;
  label: string;
  /** Undefined while the full check (ajv) is still loading. */
  check: ToolCheck | undefined;
}) {
  const updateTool = useTools((s) => s.updateTool);
  const removeTool = useTools((s) => s.removeTool);
  const id = `tool-${tool.id}`;
  const issues = check?.issues ?? [];
  const blocking = issues.some((i) => i.blocking);
  const convert = () => {
    const normalized = parseToolSource(tool.source);
    if (normalized) updateTool(tool.id, { source: formatTool(normalized) });
  };
  return (
    <div className="tool-editor" role="group" aria-label={`Tool ${label}`}>
      <div className="field-label-row">
        <label className="field-label" htmlFor={id}>
          Tool JSON ({label})
        </label>
        <button
          type="button"
          className="icon-button tool-remove"
          aria-label={`Remove tool ${label}`}
          title="Remove this tool"
          onClick={() => removeTool(tool.id)}
        >
          ✕
        </button>
      </div>
      <textarea
        id={id}
        className="tool-json"
        value={tool.source}
        onChange={(e) => updateTool(tool.id, { source: e.target.value })}
        rows={rowsFor(tool.source, 4, 18)}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-invalid={blocking || undefined}
        aria-describedby={issues.length > 0 ? `${id}-issues` : undefined}
      />
      {check === undefined ? (
        <p className="fine">Checking…</p>
      ) : (
        issues.length > 0 && (
          <ul id={`${id}-issues`} className="tool-issues" aria-label={`Problems in ${label}`}>
            {issues.map((issue, i) => (
              <li key={i} className={issue.blocking ? 'field-error' : 'field-hint'}>
                {describeIssue(issue)}
              </li>
            ))}
          </ul>
        )
      )}
      {check?.legacy && (
        <p className="field-hint">
          Legacy <code>functions</code> format: it is sent wrapped as{' '}
          <code>{'{"type": "function", "function": …}'}</code>.{' '}
          <button type="button" className="link" onClick={convert}>
            Convert
          </button>
        </p>
      )}
      <label className="field-label tool-mock-label" htmlFor={`${id}-mock`}>
        Mock response for {label}
      </label>
      <textarea
        id={`${id}-mock`}
        className="tool-json"
        value={tool.mock}
        onChange={(e) => updateTool(tool.id, { mock: e.target.value })}
        rows={rowsFor(tool.mock, 2, 8)}
        placeholder="Optional: what a call returns, for auto-reply and the result editor"
        spellCheck={false}
      />
    </div>
  );
}
