import type { ServerResponse } from 'node:http';
import { API_EVENTS } from '../../shared/api/contract';
import type { EventBus } from '../../shared/api/bus';

/** Comment lines keep idle connections (and proxies) from timing out. */
const HEARTBEAT_MS = 20_000;

/**
 * Forward every API event to one Server-Sent Events response until the client goes away. Returns a function
 * that ends the stream (used when the host closes).
 */
export function streamEvents(res: ServerResponse, bus: EventBus): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write('retry: 2000\n: connected\n\n');
  const unsubscribe = API_EVENTS.map((name) => bus.on(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)));
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    for (const off of unsubscribe) off();
    res.end();
  };
  res.on('close', end);
  return end;
}
