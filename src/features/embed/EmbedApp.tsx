import './embed.css';
import { ConfigBanner } from '../config/ConfigBanner';
import { ConnectionDialog } from '../connection/ConnectionDialog';
import { Composer } from '../conversation/Composer';
import { Conversation } from '../conversation/Conversation';
import { ViewCodeButton } from '../code-view/ViewCodeButton';
import { useEscapeToStop } from '../run/useEscapeToStop';
import { useConfig } from '../../stores/configStore';
import { selectModel, usePlayground } from '../../stores/playgroundStore';
import { useEmbed } from './embedStore';
import { SettingsDrawer } from './SettingsDrawer';
import { Toaster } from '../toast/Toaster';
import { useHostBridge } from './useHostBridge';
import { useHostTheme } from './useTheme';

function ClearButton() {
  const hasMessages = usePlayground((s) => s.messages.length > 0);
  const clear = usePlayground((s) => s.clearConversation);
  return (
    <button type="button" onClick={clear} disabled={!hasMessages}>
      Clear conversation
    </button>
  );
}

function ModelName() {
  const model = usePlayground(selectModel);
  return model ? (
    <span className="embed-model" title="Model">
      {model}
    </span>
  ) : null;
}

/**
 * The frame an embedding page shows (`?embed=1`): the conversation and the
 * composer take the space; the model and parameters wait in Settings.
 */
export default function EmbedApp() {
  useEscapeToStop();
  useHostBridge();
  useHostTheme();
  const title = useConfig((s) => s.config.title) ?? 'LLM Playground';
  const viewCode = useConfig((s) => s.config.features.viewCode);
  const readOnly = useEmbed((s) => s.locks.messages);
  const hostConnection = useEmbed((s) => s.hostConnection !== null);
  return (
    <div className="app embed-app">
      <header className="embed-header">
        <h1>{title}</h1>
        <ModelName />
        <div className="header-actions">
          {/* The host's connection is not the person's to change; otherwise Send may need it. */}
          {!hostConnection && <ConnectionDialog />}
          {viewCode && <ViewCodeButton />}
          <SettingsDrawer />
        </div>
      </header>
      <ConfigBanner />
      <main className="embed-main">
        <div className="conversation-head">
          <h2>Conversation</h2>
          {!readOnly && <ClearButton />}
        </div>
        {readOnly ? (
          <fieldset
            className="embed-locked"
            disabled
            aria-label="Conversation (set by the host page)"
          >
            <Conversation />
          </fieldset>
        ) : (
          <Conversation />
        )}
        {!readOnly && <Composer />}
      </main>
      {/* Copy and download in View code and code blocks say so here. */}
      <Toaster />
    </div>
  );
}
