import { Tabs } from 'radix-ui';
import { lazy, Suspense } from 'react';
import type { ChatMode } from '../core/types';
import { CompareToggle } from '../features/compare/CompareToggle';
import { useCompareMode } from '../features/compare/compareMode';
import { Composer } from '../features/conversation/Composer';
import { Conversation } from '../features/conversation/Conversation';
import { SystemMessage } from '../features/conversation/SystemMessage';
import { useEffectiveMode } from '../features/run/useEffectiveMode';
import { supportsComplete } from '../core/request/buildRequest';
import { selectConnection, usePlayground } from '../stores/playgroundStore';

// Complete mode is a second workspace most sessions never open.
const CompletePanel = lazy(() => import('../features/complete/CompletePanel'));
// Compare mode's columns: only for those who turn it on.
const CompareView = lazy(() => import('../features/compare/CompareView'));

function ClearButton() {
  const hasMessages = usePlayground((s) => s.messages.length > 0);
  const clear = usePlayground((s) => s.clearConversation);
  return (
    <button type="button" onClick={clear} disabled={!hasMessages}>
      Clear conversation
    </button>
  );
}

function ChatWorkspace() {
  const comparing = useCompareMode((s) => s.on);
  return (
    <>
      <SystemMessage />
      <div className="conversation-head">
        <h2>Conversation</h2>
        <div className="row">
          <CompareToggle />
          <ClearButton />
        </div>
      </div>
      <Conversation />
      {comparing && (
        <Suspense fallback={<p className="fine">Loading…</p>}>
          <CompareView />
        </Suspense>
      )}
      <Composer />
    </>
  );
}

/** Chat, or (where the connection offers raw text completion) Complete. */
export function Workspace() {
  const canComplete = usePlayground((s) => supportsComplete(selectConnection(s).provider));
  const mode = useEffectiveMode();
  const setMode = usePlayground((s) => s.setMode);
  if (!canComplete) return <ChatWorkspace />;
  return (
    <Tabs.Root
      value={mode}
      onValueChange={(value) => setMode(value as ChatMode)}
      className="mode-root"
    >
      <Tabs.List aria-label="Mode" className="tabs-list mode-tabs">
        <Tabs.Trigger value="chat" className="tab">
          Chat
        </Tabs.Trigger>
        <Tabs.Trigger value="complete" className="tab">
          Complete
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="chat" className="chat-panel">
        <ChatWorkspace />
      </Tabs.Content>
      <Tabs.Content value="complete">
        <Suspense fallback={<p className="fine">Loading…</p>}>
          <CompletePanel />
        </Suspense>
      </Tabs.Content>
    </Tabs.Root>
  );
}
