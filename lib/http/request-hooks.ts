// Code that sees each request of the process's node:http servers before Next.js does: Next.js has
// no hook that runs before its own request handling, so the `request` event is wrapped, once.
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';

/** Looks at a request before Next.js; true when it answered the request itself. */
export type RequestHook = (request: IncomingMessage, response: ServerResponse) => boolean;

const HOOKS = Symbol.for('grappes.request-hooks');

type Hookable = typeof Server.prototype & { [HOOKS]?: Map<string, RequestHook> };

/** Adds a hook, run after those added before it; a second hook of the same name replaces the first. */
export function addRequestHook(name: string, hook: RequestHook): void {
  const prototype = Server.prototype as Hookable;
  let hooks = prototype[HOOKS];
  if (!hooks) {
    const installed = new Map<string, RequestHook>();
    hooks = installed;
    const emit = prototype.emit;
    prototype.emit = function hookedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'request') {
        const [request, response] = args as [IncomingMessage, ServerResponse];
        for (const run of installed.values()) if (run(request, response)) return true;
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
    prototype[HOOKS] = installed;
  }
  hooks.set(name, hook);
}
