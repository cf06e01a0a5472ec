// Refuses every method but GET and HEAD at the HTTP server, before Next.js sees the request.
// Next.js builds a web `Request` for App Router routes and for its proxy, and the platform's
// `Request` throws on TRACE (and on CONNECT and TRACK): no route code can catch that, and the
// answer was a 500. Pages, meanwhile, answered POST and PROPFIND with their HTML. Next.js has no
// hook that runs before its own request handling, so the guard wraps the `request` event of
// node:http servers, once, from instrumentation.ts.
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { isAllowedMethod, refuseMethod } from './methods';

const GUARDED = Symbol.for('grappes.method-guard');

type Guardable = typeof Server.prototype & { [GUARDED]?: true };

/** Installs the guard on every node:http server of this process (idempotent). */
export function guardHttpMethods(): void {
  const prototype = Server.prototype as Guardable;
  if (prototype[GUARDED]) return;
  const emit = prototype.emit;
  prototype.emit = function guardedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (!isAllowedMethod(request.method)) {
        refuseMethod(request, response);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  prototype[GUARDED] = true;
}
