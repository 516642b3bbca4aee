// A job's live events (GET /api/v1/jobs/{id}/events, Server-Sent Events) read with fetch, because EventSource cannot
// send the Authorization header and the key must never go in the URL. Parses the text/event-stream format itself and
// reconnects as EventSource would, with Last-Event-ID, so no change is missed or seen twice.

import { request } from './api.js';

const FINAL = new Set(['succeeded', 'failed', 'canceled']);
const RETRY_MS = [500, 1000, 2000, 5000];

/**
 * Calls onEvent({type, id, data}) for each event until the job reaches a final state or `signal` aborts. Resolves
 * when the stream is over; rejects with the ApiError of a refusal that retrying cannot fix (404, 401).
 */
export async function followJob(jobId, onEvent, signal) {
  let lastId = null;
  let failures = 0;
  while (!signal.aborted) {
    try {
      const headers = { Accept: 'text/event-stream' };
      if (lastId !== null) headers['Last-Event-ID'] = lastId;
      const response = await request('GET', `/api/v1/jobs/${encodeURIComponent(jobId)}/events`, { headers, signal });
      if (response.status === 204) return; // the final event was seen already
      failures = 0;
      for await (const event of readEvents(response.body, signal)) {
        if (event.id !== null) lastId = event.id;
        if (event.data === null) continue;
        const data = JSON.parse(event.data);
        onEvent({ type: event.type, id: event.id, data });
        if (FINAL.has(data.status)) return;
      }
    } catch (e) {
      if (signal.aborted || e.name === 'AbortError') return;
      if (e.status && e.status !== 0 && e.status < 500) throw e;
      failures += 1;
    }
    // the stream ended before the final state (a proxy's timeout, a gateway restart): reconnect after a pause
    await pause(RETRY_MS[Math.min(failures, RETRY_MS.length - 1)], signal);
  }
}

/** The events of a text/event-stream body, by the WHATWG rules: fields per line, an empty line ends an event. */
async function* readEvents(body, signal) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const onAbort = () => reader.cancel().catch(() => {});
  signal?.addEventListener('abort', onAbort, { once: true });
  let buffer = '';
  let event = blank();
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop(); // an unfinished line waits for the next chunk
      for (const line of lines) {
        if (line === '') {
          if (event.data !== null || event.id !== null) yield event;
          event = blank();
        } else if (!line.startsWith(':')) { // a comment line is a keep-alive
          const colon = line.indexOf(':');
          const name = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (name === 'data') event.data = event.data === null ? value : `${event.data}\n${value}`;
          else if (name === 'event') event.type = value;
          else if (name === 'id') event.id = value;
        }
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

function blank() {
  return { type: 'message', id: null, data: null };
}

function pause(ms, signal) {
  return new Promise(resolve => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}
