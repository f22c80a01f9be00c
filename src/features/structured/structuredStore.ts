import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { appStorage } from '../../lib/appStorage';
import {
  DEFAULT_RESPONSE_FORMAT,
  type ResponseFormatMode,
  type ResponseFormatSettings,
  type SchemaExample,
} from '../../core/structured/responseFormat';
import {
  sanitiseStructured,
  STRUCTURED_VERSION,
  withAnswer,
  type AnswerRecord,
  type StructuredPersisted,
} from '../../core/structured/persisted';
import { followAcrossTabs } from '../../lib/crossTabStores';

/** The last meta-schema check of the schema text, kept so problem sources stay synchronous. */
export interface SchemaCheckState {
  /** The text this result is for; a different text means "not checked yet". */
  text: string;
  status: 'pending' | 'done' | 'unavailable';
  errors: string[];
  warnings: string[];
  /** Why the checker could not run (status `unavailable`). */
  reason?: string;
}

interface Actions {
  setMode(mode: ResponseFormatMode): void;
  setSchemaText(text: string): void;
  setName(name: string): void;
  setStrict(strict: boolean): void;
  applyExample(example: SchemaExample): void;
  recordAnswer(messageId: string, record: AnswerRecord): void;
}

export type StructuredState = StructuredPersisted & {
  schemaCheck: SchemaCheckState | null;
} & Actions;

const patch = (s: StructuredState, change: Partial<ResponseFormatSettings>) => ({
  settings: { ...s.settings, ...change },
});

export const useStructured = create<StructuredState>()(
  persist(
    (set) => ({
      settings: { ...DEFAULT_RESPONSE_FORMAT },
      answers: {},
      schemaCheck: null,
      setMode: (mode) => set((s) => patch(s, { mode })),
      setSchemaText: (schemaText) => set((s) => patch(s, { schemaText })),
      setName: (name) => set((s) => patch(s, { name })),
      setStrict: (strict) => set((s) => patch(s, { strict })),
      applyExample: (example) =>
        set((s) =>
          patch(s, {
            schemaText: JSON.stringify(example.schema, null, 2),
            name: example.name,
          }),
        ),
      recordAnswer: (messageId, record) =>
        set((s) => ({ answers: withAnswer(s.answers, messageId, record) })),
    }),
    {
      name: 'llm-playground:response-format',
      version: STRUCTURED_VERSION,
      storage: createJSONStorage(appStorage),
      partialize: (s): StructuredPersisted => ({ settings: s.settings, answers: s.answers }),
      migrate: (persisted) => sanitiseStructured(persisted),
      // Same-version state is sanitised too: storage may have been edited by hand.
      merge: (persisted, current) => ({ ...current, ...sanitiseStructured(persisted) }),
    },
  ),
);
followAcrossTabs(useStructured);

/**
 * Checks the schema text whenever JSON schema mode is on and the text has
 * no result yet. The checking code (and ajv) loads on first need.
 */
function checkWhenNeeded(): void {
  const { settings, schemaCheck } = useStructured.getState();
  if (settings.mode !== 'json_schema' || schemaCheck?.text === settings.schemaText) return;
  void import('./checkSchemaText').then((m) => m.checkCurrentSchema());
}

useStructured.subscribe((state, previous) => {
  if (state.settings !== previous.settings) checkWhenNeeded();
});
checkWhenNeeded();
