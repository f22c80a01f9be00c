import { useId } from 'react';
import { IN_BROWSER_CONNECTION_ID } from '../../core/persistence/persistedState';
import { usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { useLayout } from '../layout/layoutStore';
import './welcome.css';

function focusComposer() {
  document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Message"]')?.focus();
}

/** What the playground is, and the three ways in. */
export default function WelcomeCard() {
  const titleId = useId();
  const openConnection = useUi((s) => s.openConnection);
  const dismiss = useLayout((s) => s.dismissWelcome);
  const inBrowser = () => {
    usePlayground.getState().switchConnection(IN_BROWSER_CONNECTION_ID);
    dismiss();
    focusComposer();
  };
  return (
    <section className="welcome" aria-labelledby={titleId}>
      <div className="welcome-head">
        <h2 id={titleId}>Welcome to the playground</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Dismiss welcome"
          onClick={dismiss}
        >
          ✕
        </button>
      </div>
      <p>
        Try large language models here: pick a model, tune its parameters, chat with streamed
        answers, and copy the exact request as cURL, Python or JavaScript. Keys and conversations
        stay in this browser.
      </p>
      <ul className="welcome-ways">
        <li>
          <button type="button" onClick={() => openConnection(undefined, 'sippulse')}>
            Use a SipPulse key
          </button>
          <span className="fine">SipPulse's models, with the key from your SipPulse account.</span>
        </li>
        <li>
          <button type="button" onClick={() => openConnection(undefined, 'custom')}>
            Use another OpenAI-compatible API
          </button>
          <span className="fine">OpenAI, OpenRouter, Groq, Ollama, LM Studio, vLLM…</span>
        </li>
        <li>
          <button type="button" onClick={inBrowser}>
            Chat with the in-browser model
          </button>
          <span className="fine">A tiny model that runs on this device: no server, no key.</span>
        </li>
      </ul>
    </section>
  );
}
