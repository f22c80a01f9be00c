import { useShallow } from 'zustand/react/shallow';
import { findVariables, hasValue, valueOf } from '../../core/variables/variables';
import { templateTexts } from '../../core/variables/conversation';
import { usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { useEffectiveMode } from '../run/useEffectiveMode';
import { useVariables } from './variablesStore';
import './variables.css';

/** The `{{name}}`s in use right now; the panel re-renders only when that list changes. */
function useVariableNames(): string[] {
  const mode = useEffectiveMode();
  const draft = useUi((s) => s.draft);
  return usePlayground(
    useShallow((s) =>
      findVariables(
        templateTexts({
          mode,
          system: s.system,
          messages: s.messages,
          draft,
          prompt: s.prompt,
          suffix: s.suffix,
        }),
      ),
    ),
  );
}

/** One field per prompt variable, shown only while the prompt uses any. */
export default function VariablesPanel() {
  const names = useVariableNames();
  const values = useVariables((s) => s.values);
  const setValue = useVariables((s) => s.setValue);
  const attempted = useUi((s) => s.sendAttempted);
  if (names.length === 0) return null;
  return (
    <section className="variables" aria-label="Variables">
      <h2 className="variables-title">Variables</h2>
      <p className="fine">
        Filled in wherever <code>{'{{name}}'}</code> appears before the request is sent. Write{' '}
        <code>{'\\{{name}}'}</code> to send the braces as they are.
      </p>
      <div className="variables-fields">
        {names.map((name) => {
          const missing = !hasValue(values, name);
          return (
            <label key={name} className="variables-field">
              <code>{`{{${name}}}`}</code>
              <textarea
                rows={1}
                value={valueOf(values, name) ?? ''}
                aria-invalid={attempted && missing ? true : undefined}
                placeholder="Value"
                onChange={(e) => setValue(name, e.target.value)}
              />
            </label>
          );
        })}
      </div>
    </section>
  );
}
