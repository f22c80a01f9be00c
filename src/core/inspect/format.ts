import type { RunTrace } from './trace';

/** The events as an SSE transcript, each preceded by its arrival time (for Copy). */
export function eventsTranscript(trace: RunTrace): string {
  const lines: string[] = [];
  for (const e of trace.events) {
    lines.push(`: +${Math.round(e.atMs)} ms`);
    if (e.event !== undefined) lines.push(`event: ${e.event}`);
    if (e.id !== undefined) lines.push(`id: ${e.id}`);
    for (const line of e.data.split('\n')) lines.push(`data: ${line}`);
    lines.push('');
  }
  if (trace.droppedEvents > 0) lines.push(`: ${trace.droppedEvents} more events not kept`);
  return lines.join('\n');
}

/** The request body exactly as the transport serialises it, pretty-printed. */
export function bodyText(body: unknown): string {
  return JSON.stringify(body, null, 2);
}
