import { checkTool, markDuplicateNames } from '../../core/tools/checkTools';
import type { ToolCheck } from '../../core/tools/toolCheck';
import { schemaIssues } from '../../core/tools/schemaIssues';
import { useTools } from '../../stores/toolsStore';

// Loaded lazily (it pulls in ajv); see toolChecks.ts.

// A check depends only on the tool's text: typing in one editor re-checks
// that tool alone (the duplicate-name pass over all of them is cheap).
const cache = new Map<string, ToolCheck>();

function checkOne(source: string): ToolCheck {
  const cached = cache.get(source);
  if (cached) return cached;
  const check = checkTool(source, schemaIssues);
  if (cache.size > 500) cache.clear();
  cache.set(source, check);
  return check;
}

function recheck(): void {
  const { tools, checks, setChecks } = useTools.getState();
  if (checks?.tools === tools) return;
  const sources = tools.map((t) => t.source);
  setChecks({ tools, results: markDuplicateNames(sources, sources.map(checkOne)) });
}

let started = false;

export function startToolChecker(): void {
  if (started) return;
  started = true;
  recheck();
  useTools.subscribe(recheck);
}
