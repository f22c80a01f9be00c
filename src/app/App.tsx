import { ConnectionDialog } from '../features/connection/ConnectionDialog';
import { ConnectionSwitcher } from '../features/connection/ConnectionSwitcher';
import { ModelCard } from '../features/models/ModelCard';
import { ModelPicker } from '../features/models/ModelPicker';
import { useSelectedModel } from '../features/models/useModels';
import { ParameterPanel } from '../features/parameters/ParameterPanel';
import { PresetsButton } from '../features/presets/PresetsButton';
import { ToolsSection } from '../features/tools/ToolsSection';
import { useEscapeToStop } from '../features/run/useEscapeToStop';
import { SessionControl } from '../features/session/SessionControl';
import { ShortcutsHelp } from '../features/shortcuts/ShortcutsHelp';
import { ViewCodeButton } from '../features/code-view/ViewCodeButton';
import { ConfigBanner } from '../features/config/ConfigBanner';
import { StorageNotices } from '../features/persistence/StorageNotices';
import { AnswerAnnouncer } from '../features/announce/AnswerAnnouncer';
import { expandDetailsOnRequest, useLayout } from '../features/layout/layoutStore';
import { useCompactLayout } from '../features/layout/useCompactLayout';
import { Zone } from '../features/layout/Zone';
import { ThemeSwitcher } from '../features/theme/ThemeSwitcher';
import { Toaster } from '../features/toast/Toaster';
import { Welcome } from '../features/welcome/Welcome';
import { useConfig } from '../stores/configStore';
import { HAS_RUN_DETAILS, RunDetails } from './RunDetails';
import { Workspace } from './Workspace';
import { lazy, Suspense, useEffect } from 'react';
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

/** The left zone: everything that shapes the request. */
function ModelAndParameters() {
  return (
    <div className="side-panel">
      <ModelPicker />
      <PresetsButton />
      <EnginePanel />
      <SelectedModelCard />
      <ParameterPanel />
      {/* One boundary: the two sections appear together, so the second never
          moves down under a pointer (or with an open list) when the first arrives. */}
      <Suspense fallback={null}>
        <ToolsSection />
        <ResponseFormatSection />
      </Suspense>
    </div>
  );
}

export function App() {
  useEscapeToStop();
  // config.json may rename the app and hide View code or connection editing.
  const title = useConfig((s) => s.config.title) ?? 'LLM Playground';
  const features = useConfig((s) => s.config.features);
  const compact = useCompactLayout();
  const { startOpen, endOpen, setStartOpen, setEndOpen } = useLayout();
  useEffect(expandDetailsOnRequest, []);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{title}</h1>
        <div className="header-actions">
          {features.viewCode && <ViewCodeButton />}
          <SessionControl />
          <ShortcutsHelp />
          {features.connectionEditing && <ConnectionSwitcher />}
          <ConnectionDialog />
          <ThemeSwitcher />
        </div>
      </header>
      <ConfigBanner />
      <StorageNotices />
      <div className="app-body" data-layout={compact ? 'compact' : 'wide'}>
        <Zone
          label="Model and parameters"
          side="start"
          compact={compact}
          open={startOpen}
          onOpenChange={setStartOpen}
        >
          <ModelAndParameters />
        </Zone>
        <main className="main-panel" id="conversation-zone">
          <Welcome />
          <Workspace />
        </main>
        {HAS_RUN_DETAILS && (
          <Zone
            label="Run details"
            side="end"
            compact={compact}
            open={endOpen}
            onOpenChange={setEndOpen}
          >
            <RunDetails />
          </Zone>
        )}
      </div>
      <AnswerAnnouncer />
      <Toaster />
    </div>
  );
}
