import type { Preset, PresetContent } from '../../core/presets/presets';
import { selectConnection, selectModel, usePlayground } from '../../stores/playgroundStore';
import { useTools } from '../../stores/toolsStore';
import { useStructured } from '../structured/structuredStore';

/** The current model, parameters, system message, tools and response format. */
export function captureCurrent(): PresetContent {
  const s = usePlayground.getState();
  const model = selectModel(s);
  const tools = useTools.getState();
  return {
    connectionId: selectConnection(s).id,
    model,
    params: model ? { ...(s.paramsByModel[model] ?? {}) } : {},
    system: s.system,
    tools: tools.tools.map((t) => ({ source: t.source, mock: t.mock })),
    toolChoice: tools.toolChoice,
    parallelToolCalls: tools.parallelToolCalls,
    responseFormat: { ...useStructured.getState().settings },
  };
}

let toolCounter = 0;
function toolId(): string {
  toolCounter += 1;
  return `t-preset-${Date.now().toString(36)}-${toolCounter.toString(36)}`;
}

/**
 * Puts a preset's settings in place of the current ones; the conversation
 * stays. Returns a note when the preset's connection no longer exists.
 */
export function applyPreset(preset: Preset): string | undefined {
  const s = usePlayground.getState();
  let note: string | undefined;
  const connection = preset.connectionId
    ? s.connections.find((c) => c.id === preset.connectionId)
    : undefined;
  if (connection) s.switchConnection(connection.id);
  else if (preset.connectionId)
    note = `Its connection no longer exists, so the model stays ${selectModel(s) ?? 'unset'}; the other settings were applied.`;
  if (preset.model && (connection || !preset.connectionId))
    usePlayground.getState().setModel(preset.model);

  const model = selectModel(usePlayground.getState());
  usePlayground.setState((state) => ({
    system: preset.system,
    paramsByModel: model
      ? { ...state.paramsByModel, [model]: { ...preset.params } }
      : state.paramsByModel,
  }));
  useTools.setState({
    tools: preset.tools.map((t) => ({ id: toolId(), source: t.source, mock: t.mock })),
    toolChoice: preset.toolChoice,
    parallelToolCalls: preset.parallelToolCalls,
  });
  useStructured.setState({ settings: { ...preset.responseFormat } });
  return note;
}

/** One line saying what a preset holds, for the list. */
export function describePreset(preset: Preset): string {
  const parts = [preset.model ?? 'any model'];
  const params = Object.keys(preset.params).length;
  if (params) parts.push(`${params} parameter${params === 1 ? '' : 's'}`);
  if (preset.system) parts.push('system message');
  if (preset.tools.length)
    parts.push(`${preset.tools.length} tool${preset.tools.length === 1 ? '' : 's'}`);
  if (preset.responseFormat.mode !== 'unset')
    parts.push(preset.responseFormat.mode.replace('_', ' '));
  return parts.join(' · ');
}
