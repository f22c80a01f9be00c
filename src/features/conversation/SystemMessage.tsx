import type { KeyboardEvent } from 'react';
import { usePlayground } from '../../stores/playgroundStore';
import { isSendChord, useSend } from '../run/useSend';

export function SystemMessage() {
  const system = usePlayground((s) => s.system);
  const setSystem = usePlayground((s) => s.setSystem);
  const send = useSend();
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isSendChord(e)) {
      e.preventDefault();
      send();
    }
  };
  return (
    <div className="field system-message">
      <label className="field-label" htmlFor="system-message">
        System message
      </label>
      <textarea
        id="system-message"
        value={system}
        onChange={(e) => setSystem(e.target.value)}
        onKeyDown={onKeyDown}
        rows={2}
        placeholder="Tone, persona and rules for the model, e.g. “You are a concise assistant.”"
      />
    </div>
  );
}
