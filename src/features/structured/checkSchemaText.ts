import { schemaDraft } from '../../core/structured/drafts';
import { parseSchemaText } from '../../core/structured/responseFormat';
import { loadAjv, loadChecker } from './loadAjv';
import { useStructured, type SchemaCheckState } from './structuredStore';

/**
 * Checks the schema text against its draft's meta-schema (ajv, loaded
 * lazily) whenever JSON schema mode is on and the text changed. The result
 * lands in the store; a result for an older text is dropped.
 */
export function checkCurrentSchema(): void {
  const { settings, schemaCheck } = useStructured.getState();
  if (settings.mode !== 'json_schema') return;
  const text = settings.schemaText;
  if (schemaCheck?.text === text) return;
  const settle = (result: SchemaCheckState) => {
    if (useStructured.getState().settings.schemaText === text)
      useStructured.setState({ schemaCheck: result });
  };
  const unavailable = (error: unknown) =>
    settle({ text, status: 'unavailable', errors: [], warnings: [], reason: String(error) });
  const parsed = parseSchemaText(text);
  if (!parsed.ok && !parsed.syntax) {
    useStructured.setState({
      schemaCheck: { text, status: 'done', errors: [parsed.message], warnings: [] },
    });
    return;
  }
  if (!parsed.ok) {
    // No ajv needed: only where the JSON breaks, which the checker module knows.
    useStructured.setState({ schemaCheck: { text, status: 'pending', errors: [], warnings: [] } });
    loadChecker().then(
      (checker) =>
        settle({ text, status: 'done', errors: [checker.describeJsonError(text)], warnings: [] }),
      unavailable,
    );
    return;
  }
  const draft = schemaDraft(parsed.value);
  if ('unsupported' in draft) {
    useStructured.setState({
      schemaCheck: { text, status: 'done', errors: [draft.unsupported], warnings: [] },
    });
    return;
  }
  useStructured.setState({ schemaCheck: { text, status: 'pending', errors: [], warnings: [] } });
  loadAjv(draft.draft).then(({ ajv, warnings, checker }) => {
    try {
      settle({ text, status: 'done', ...checker.checkSchema(ajv, parsed.value, warnings) });
    } catch (error) {
      // ajv compiles validators with `new Function`; a strict CSP forbids that.
      unavailable(error);
    }
  }, unavailable);
}
