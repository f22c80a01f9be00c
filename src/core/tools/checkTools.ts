// Every problem with the tools the user wrote, each at its line. The JSON
// Schema check is passed in (ajv loads lazily; see schemaIssues.ts), so this
// stays pure and fast to test.

import { normalizeTool, type DefinitionProblem } from './definitions';
import { describeDefinitionProblem } from './definitionMessages';
import { lineColumn, offsetOf, scanJson } from './jsonLocate';
import type { SchemaChecker, ToolCheck, ToolIssue } from './toolCheck';

function at(source: string, offset: number | undefined): Pick<ToolIssue, 'line' | 'column'> {
  return offset === undefined ? {} : lineColumn(source, offset);
}

export function checkTool(source: string, checkSchema: SchemaChecker): ToolCheck {
  if (source.trim() === '') {
    return {
      legacy: false,
      issues: [{ message: 'Empty: write a tool definition or remove this tool.', blocking: true }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(source) as unknown;
  } catch (error) {
    const scan = scanJson(source);
    const issue: ToolIssue = scan.ok
      ? // The scanner accepts what JSON.parse rejected: keep the engine's own words.
        { message: error instanceof Error ? error.message : String(error), blocking: true }
      : { message: scan.message, blocking: true, ...lineColumn(source, scan.offset) };
    return { legacy: false, issues: [issue] };
  }

  // Offsets only matter when something is wrong: scan lazily.
  let offsets: Map<string, number> | undefined;
  const locate = (pointer: string): Pick<ToolIssue, 'line' | 'column'> => {
    if (offsets === undefined) {
      const scan = scanJson(source);
      offsets = scan.ok ? scan.offsets : new Map();
    }
    return at(source, offsetOf(offsets, pointer));
  };
  const issueAt = (pointer: string, message: string): ToolIssue => ({
    message,
    blocking: true,
    ...locate(pointer),
  });
  const fromProblem = (problem: DefinitionProblem): ToolIssue =>
    issueAt(problem.pointer, describeDefinitionProblem(problem));

  const normalized = normalizeTool(value);
  if (!normalized.ok) {
    return { name: normalized.name, legacy: false, issues: [fromProblem(normalized.problem)] };
  }
  const { tool, legacy, ignored } = normalized;
  const base = legacy ? '' : '/function';
  const issues: ToolIssue[] = [];
  const parameters = tool.function.parameters;
  if (parameters !== undefined) {
    for (const issue of checkSchema(parameters)) {
      issues.push(
        issueAt(`${base}/parameters${issue.path}`, `parameters${issue.path}: ${issue.message}`),
      );
    }
    // Top to bottom, as the user reads the text.
    issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    // The schema may be valid JSON Schema and still not what the APIs take.
    const type = Object.hasOwn(parameters, 'type') ? parameters.type : undefined;
    if (issues.length === 0 && type !== 'object') {
      issues.push(
        issueAt(
          `${base}/parameters${type === undefined ? '' : '/type'}`,
          'parameters must describe an object: "type": "object" with "properties".',
        ),
      );
    }
  }
  if (ignored.length > 0) {
    issues.push({
      message: `Not part of a function definition, so not sent: ${ignored.join(', ')}.`,
      blocking: false,
    });
  }
  return { name: tool.function.name, tool, legacy, issues };
}

/** Checks every tool, then the names across tools (the API rejects duplicates). */
export function checkTools(sources: readonly string[], checkSchema: SchemaChecker): ToolCheck[] {
  return markDuplicateNames(
    sources,
    sources.map((source) => checkTool(source, checkSchema)),
  );
}

/** Adds an issue to every tool whose name an earlier tool already has. */
export function markDuplicateNames(
  sources: readonly string[],
  checks: readonly ToolCheck[],
): ToolCheck[] {
  const seen = new Set<string>();
  return checks.map((check, i) => {
    const name = check.name;
    if (name === undefined) return check;
    if (!seen.has(name)) {
      seen.add(name);
      return check;
    }
    const source = sources[i] ?? '';
    const scan = scanJson(source);
    const offset = scan.ok
      ? offsetOf(scan.offsets, check.legacy ? '/name' : '/function/name')
      : undefined;
    return {
      ...check,
      issues: [
        {
          message: `Another tool is already named "${name}"; names must be unique.`,
          blocking: true,
          ...at(source, offset),
        },
        ...check.issues,
      ],
    };
  });
}
