import { ConnectionDialog } from '../features/connection/ConnectionDialog';
import { ConnectionSwitcher } from '../features/connection/ConnectionSwitcher';
import { ModelCard } from '../features/models/ModelCard';
import { ModelPicker } from '../features/models/ModelPicker';
import { useSelectedModel } from '../features/models/useModels';
import { ParameterPanel } from '../features/parameters/ParameterPanel';
import { ToolsSection } from '../features/tools/ToolsSection';
import { useEscapeToStop } from '../features/run/useEscapeToStop';
import { ShortcutsHelp } from '../features/shortcuts/ShortcutsHelp';
import { ViewCodeButton } from '../features/code-view/ViewCodeButton';
import { ConfigBanner } from '../features/config/ConfigBanner';
import { useConfig } from '../stores/configStore';
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

// Below the parameters, and it brings the schema editor: not first-screen code.
const ResponseFormatSection = lazy(() =>
  import('../features/structured/ResponseFormatSection').then((m) => ({
    default: m.ResponseFormatSection,
  })),
);

function SelectedModelCard() {
  const { info } = useSelectedModel();
  return info ? <ModelCard model={info} /> : null;
}

export function App() {
  useEscapeToStop();
  // config.json may rename the app and hide View code or connection editing.
  const title = useConfig((s) => s.config.title) ?? 'LLM Playground';
  const features = useConfig((s) => s.config.features);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{title}</h1>
        <div className="header-actions">
          {features.viewCode && <ViewCodeButton />}
          <ShortcutsHelp />
          {features.connectionEditing && <ConnectionSwitcher />}
          <ConnectionDialog />
        </div>
      </header>
      <ConfigBanner />
      <div className="app-body">
        <aside className="side-panel" aria-label="Model and parameters">
          <ModelPicker />
          <EnginePanel />
          <SelectedModelCard />
          <ParameterPanel />
          <ToolsSection />
          <Suspense fallback={null}>
            <ResponseFormatSection />
          </Suspense>
        </aside>
        <main className="main-panel">
          <Workspace />
        </main>
      </div>
    </div>
  );
}
