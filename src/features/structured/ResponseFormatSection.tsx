import { useId, useMemo } from 'react';
import { Select } from '../../components/ui/Select';
import { Switch } from '../../components/ui/Switch';
import { HelpTip } from '../../components/ui/Tip';
import { modelContext } from '../../core/params/registry';
import {
  JSON_WORD_MESSAGE,
  MODE_LABELS,
  mentionsJson,
  parseSchemaText,
  responseFormatApplies,
  schemaNameProblem,
  type ResponseFormatMode,
} from '../../core/structured/responseFormat';
import { PERSON_EXAMPLE, SCHEMA_EXAMPLES } from '../../core/structured/examples';
import { strictModeHints } from '../../core/structured/schemaCheck';
import { selectConnection, usePlayground } from '../../stores/playgroundStore';
import { useUi } from '../../stores/uiStore';
import { useSelectedModel } from '../models/useModels';
import { useEffectiveMode } from '../run/useEffectiveMode';
import { useStructured } from './structuredStore';
import './structured.css';

const OPTIONS = (Object.keys(MODE_LABELS) as (keyof typeof MODE_LABELS)[]).map((value) => ({
  value,
  label: MODE_LABELS[value],
}));

/** Whether the context mentions JSON, re-evaluated as the user types. */
function useMentionsJson(): boolean {
  const inConversation = usePlayground((s) =>
    mentionsJson([s.system, ...s.messages.map((m) => m.content)]),
  );
  const inDraft = useUi((s) => mentionsJson([s.draft]));
  return inConversation || inDraft;
}

function SchemaEditor() {
  const id = useId();
  const settings = useStructured((s) => s.settings);
  const check = useStructured((s) => s.schemaCheck);
  const setSchemaText = useStructured((s) => s.setSchemaText);
  const setName = useStructured((s) => s.setName);
  const setStrict = useStructured((s) => s.setStrict);
  const applyExample = useStructured((s) => s.applyExample);
  const parsed = useMemo(() => parseSchemaText(settings.schemaText), [settings.schemaText]);
  const nameProblem = schemaNameProblem(settings.name);
  const current = check?.text === settings.schemaText ? check : null;
  const errors = !parsed.ok && !current?.errors.length ? [parsed.message] : (current?.errors ?? []);
  const hints = useMemo(
    () => (parsed.ok && settings.strict ? strictModeHints(parsed.value) : []),
    [parsed, settings.strict],
  );

  return (
    <>
      <div className="schema-examples" role="group" aria-label="Schema examples">
        <span className="fine">Examples:</span>
        {SCHEMA_EXAMPLES.map((example) => (
          <button key={example.id} type="button" onClick={() => applyExample(example)}>
            {example.label}
          </button>
        ))}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          Schema name
        </label>
        <input
          id={`${id}-name`}
          type="text"
          value={settings.name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={nameProblem ? true : undefined}
          aria-describedby={nameProblem ? `${id}-name-error` : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        {nameProblem && (
          <p className="field-error" id={`${id}-name-error`} role="alert">
            {nameProblem}
          </p>
        )}
      </div>
      <div className="switch-with-tip">
        <Switch label="Strict" checked={settings.strict} onChange={setStrict} />
        <HelpTip label="Strict">
          The model must follow the schema exactly. OpenAI then also requires every object to list
          all its properties in “required” and to set “additionalProperties”: false.
        </HelpTip>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-schema`}>
          JSON schema
        </label>
        <textarea
          id={`${id}-schema`}
          className="schema-text"
          value={settings.schemaText}
          onChange={(e) => setSchemaText(e.target.value)}
          rows={Math.min(18, Math.max(6, settings.schemaText.split('\n').length))}
          spellCheck={false}
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={`${id}-schema-status`}
        />
        <div id={`${id}-schema-status`}>
          {errors.length > 0 ? (
            <div role="alert">
              <ul className="field-error schema-errors" aria-label="Schema errors">
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          ) : current?.status === 'done' ? (
            <p className="field-hint schema-ok">Valid JSON Schema.</p>
          ) : current?.status === 'unavailable' ? (
            <p className="field-warning">
              The schema checker could not load, so the schema is sent unchecked.
            </p>
          ) : (
            <p className="field-hint">Checking the schema…</p>
          )}
          {(current?.warnings.length ?? 0) > 0 && (
            <ul className="field-warning schema-warnings" aria-label="Schema warnings">
              {current?.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {hints.length > 0 && (
            <ul className="field-hint schema-warnings" aria-label="Strict mode hints">
              {hints.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </>
  );
}

/**
 * "Response format": text, JSON object, or a JSON schema the answer must
 * match. Loaded lazily (see App): it sits below the parameters.
 */
export function ResponseFormatSection() {
  const id = useId();
  const { id: model, info } = useSelectedModel();
  const provider = usePlayground((s) => selectConnection(s).provider);
  const mode = useEffectiveMode();
  const settings = useStructured((s) => s.settings);
  const setMode = useStructured((s) => s.setMode);
  const applyExample = useStructured((s) => s.applyExample);
  const hasJsonWord = useMentionsJson();
  const ctx = useMemo(
    () => (model ? modelContext(model, info, provider, mode) : null),
    [model, info, provider, mode],
  );
  if (!ctx || mode !== 'chat') return null;
  if (!responseFormatApplies(ctx)) {
    // Only an API that lists resources can say "no"; say so rather than hide it silently.
    return info ? (
      <section className="panel-section" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Structured output</h2>
        <p className="fine">
          This model does not list json_schema, so it takes no response format.
        </p>
      </section>
    ) : null;
  }
  const isSet = settings.mode !== 'unset';
  const jsonWordMissing = settings.mode === 'json_object' && !hasJsonWord;
  return (
    <section className="panel-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Structured output</h2>
      <div className={`field param${isSet ? ' param-set' : ''}`}>
        <div className="field-label-row">
          <span className="field-label" id={`${id}-label`}>
            Response format
          </span>
          <HelpTip label="Response format">
            Text is the usual answer. JSON object makes the model answer with any JSON object. JSON
            schema makes it follow your schema; the answer is then checked against it.
          </HelpTip>
          <span className={isSet ? 'param-state is-set' : 'param-state'}>
            {isSet ? 'sent' : 'not sent'}
          </span>
          {isSet && (
            <button
              type="button"
              className="icon-button"
              onClick={() => setMode('unset')}
              aria-label="Reset Response format"
              title="Reset: leave it out of the request"
            >
              ↺
            </button>
          )}
        </div>
        <Select
          label="Response format"
          value={isSet ? settings.mode : ''}
          placeholder="Server default (text)"
          options={OPTIONS}
          onChange={(value) => {
            // A first schema starts from an example rather than an empty box.
            if (value === 'json_schema' && settings.schemaText.trim() === '')
              applyExample(PERSON_EXAMPLE);
            setMode(value as ResponseFormatMode);
          }}
          invalid={jsonWordMissing}
        />
        {jsonWordMissing && (
          <p className="field-error" role="alert">
            {JSON_WORD_MESSAGE}
          </p>
        )}
      </div>
      {settings.mode === 'json_schema' && <SchemaEditor />}
    </section>
  );
}
