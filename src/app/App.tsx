import { ConnectionDialog } from '../features/connection/ConnectionDialog';
import { Composer } from '../features/conversation/Composer';
import { Conversation } from '../features/conversation/Conversation';
import { SystemMessage } from '../features/conversation/SystemMessage';
import { ModelCard } from '../features/models/ModelCard';
import { ModelPicker } from '../features/models/ModelPicker';
import { useSelectedModel } from '../features/models/useModels';
import { ParameterPanel } from '../features/parameters/ParameterPanel';
import { useEscapeToStop } from '../features/run/useEscapeToStop';
import { ShortcutsHelp } from '../features/shortcuts/ShortcutsHelp';
import { usePlayground } from '../stores/playgroundStore';
import { ViewCodeButton } from '../features/code-view/ViewCodeButton';

function SelectedModelCard() {
  const { info } = useSelectedModel();
  return info ? <ModelCard model={info} /> : null;
}

function ClearButton() {
  const hasMessages = usePlayground((s) => s.messages.length > 0);
  const clear = usePlayground((s) => s.clearConversation);
  return (
    <button type="button" onClick={clear} disabled={!hasMessages}>
      Clear conversation
    </button>
  );
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
          <ConnectionDialog />
        </div>
      </header>
      <div className="app-body">
        <aside className="side-panel" aria-label="Model and parameters">
          <ModelPicker />
          <SelectedModelCard />
          <ParameterPanel />
        </aside>
        <main className="main-panel">
          <SystemMessage />
          <div className="conversation-head">
            <h2>Conversation</h2>
            <ClearButton />
          </div>
          <Conversation />
          <Composer />
        </main>
      </div>
    </div>
  );
}
