import { ConnectionDialog } from '../features/connection/ConnectionDialog';
import { ConnectionSwitcher } from '../features/connection/ConnectionSwitcher';
import { ModelCard } from '../features/models/ModelCard';
import { ModelPicker } from '../features/models/ModelPicker';
import { useSelectedModel } from '../features/models/useModels';
import { ParameterPanel } from '../features/parameters/ParameterPanel';
import { useEscapeToStop } from '../features/run/useEscapeToStop';
import { ShortcutsHelp } from '../features/shortcuts/ShortcutsHelp';
import { ViewCodeButton } from '../features/code-view/ViewCodeButton';
import { Workspace } from './Workspace';
import { lazy, Suspense } from 'react';
import { selectConnection, usePlayground } from '../stores/playgroundStore';

// The engine's panel (model sources, download progress, GGUF facts) loads
// only when the in-browser provider is active; the engine itself loads later still.
const InBrowserPanel = lazy(() =>
  import('../features/inbrowser/InBrowserPanel').then((m) => ({ default: m.InBrowserPanel })),
);

function EnginePanel() {
  const inBrowser = usePlayground((s) => selectConnection(s).provider === 'inbrowser');
  return inBrowser ? (
    <Suspense fallback={null}>
      <InBrowserPanel />
    </Suspense>
  ) : null;
}

function SelectedModelCard() {
  const { info } = useSelectedModel();
  return info ? <ModelCard model={info} /> : null;
}

export function App() {
  useEscapeToStop();
  return (
    <div className="app">
      <header className="app-header">
        <h1>LLM Playground</h1>
        <div className="header-actions">
          <ViewCodeButton />
          <ShortcutsHelp />
          <ConnectionSwitcher />
          <ConnectionDialog />
        </div>
      </header>
      <div className="app-body">
        <aside className="side-panel" aria-label="Model and parameters">
          <ModelPicker />
          <EnginePanel />
          <SelectedModelCard />
          <ParameterPanel />
        </aside>
        <main className="main-panel">
          <Workspace />
        </main>
      </div>
    </div>
  );
}
