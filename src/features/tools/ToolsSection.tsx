import { lazy } from 'react';
import { modelContext } from '../../core/params/registry';
import { toolsAvailability } from '../../core/tools/requestFields';
import { selectConnection, usePlayground } from '../../stores/playgroundStore';
import { useSelectedModel } from '../models/useModels';
import { useEffectiveMode } from '../run/useEffectiveMode';

// The editor, templates and validation load only for models that take tools.
const ToolsPanel = lazy(() => import('./ToolsPanel').then((m) => ({ default: m.ToolsPanel })));

/**
 * The side panel's "Tools" section, for models whose resources include
 * `tools`, and for OpenAI-compatible servers that do not say (with a note).
 * Not for the in-browser engine: whether wllama can call tools depends on
 * the GGUF's chat template, which the playground does not inspect yet.
 * It suspends while its panel loads: the boundary is the caller's (see App).
 */
export function ToolsSection() {
  const { id, info } = useSelectedModel();
  const provider = usePlayground((s) => selectConnection(s).provider);
  const mode = useEffectiveMode();
  if (!id) return null;
  const availability = toolsAvailability(modelContext(id, info, provider, mode));
  if (availability === 'unavailable') return null;
  return <ToolsPanel model={id} listed={availability === 'listed'} />;
}
