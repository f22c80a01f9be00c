// Which ajv build checks a schema, by the `$schema` it declares. Kept apart
// from schemaCheck.ts so the choice can be made before ajv is loaded.

/** The JSON Schema dialects ajv can check. */
export type SchemaDraft = 'draft-07' | '2019-09' | '2020-12';

export type DraftChoice = { draft: SchemaDraft } | { unsupported: string };

/** Draft-07 unless `$schema` names a newer one. */
export function schemaDraft(schema: Record<string, unknown>): DraftChoice {
  const declared = Object.hasOwn(schema, '$schema') ? schema.$schema : undefined;
  if (declared === undefined) return { draft: 'draft-07' };
  if (typeof declared !== 'string') return { unsupported: '"$schema" must be a URI string.' };
  if (declared.includes('2020-12')) return { draft: '2020-12' };
  if (declared.includes('2019-09')) return { draft: '2019-09' };
  if (declared.includes('draft-07')) return { draft: 'draft-07' };
  return {
    unsupported: `"$schema" names ${declared}, which cannot be checked here. Remove "$schema" (draft-07 is assumed) or use draft-07, 2019-09 or 2020-12.`,
  };
}
