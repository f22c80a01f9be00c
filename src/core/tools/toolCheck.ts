// What a tool check says, kept apart from the checker itself: the request
// and the send blockers read results in the first screen's bundle, while the
// checker (JSON scanner, ajv) loads lazily.

import type { ToolDefinition } from './definitions';

/** One problem in `parameters` as a JSON Schema; `path` is a JSON pointer into it. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export type SchemaChecker = (schema: Record<string, unknown>) => SchemaIssue[];

export interface ToolIssue {
  message: string;
  line?: number;
  column?: number;
  /** A blocking issue keeps Send disabled; a note does not. */
  blocking: boolean;
}

export interface ToolCheck {
  /** The function name, when it could be read. */
  name?: string;
  /** What is sent, when the definition is valid. */
  tool?: ToolDefinition;
  legacy: boolean;
  issues: ToolIssue[];
}

export function isValidCheck(check: ToolCheck): boolean {
  return check.tool !== undefined && !check.issues.some((i) => i.blocking);
}

/** "Line 3, column 7: …" — how the panel and the send blockers word an issue. */
export function describeIssue(issue: ToolIssue): string {
  if (issue.line === undefined) return issue.message;
  const where =
    issue.column === undefined
      ? `Line ${issue.line}`
      : `Line ${issue.line}, column ${issue.column}`;
  return `${where}: ${issue.message}`;
}
