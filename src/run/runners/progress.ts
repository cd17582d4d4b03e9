import type { ProgressEvent } from './types.js';

/** The progress file's events; a line cut short by a kill is ignored. */
export function progressEvents(progress: string): ProgressEvent[] {
  const events: ProgressEvent[] = [];
  for (const line of progress.split('\n')) {
    if (!line.trim()) continue;
    try {
      events.push(JSON.parse(line) as ProgressEvent);
    } catch {
      // The last line of a killed run may be incomplete.
    }
  }
  return events;
}
