// Refuses every method but GET and HEAD at the HTTP server, before Next.js sees the request.
// Next.js builds a web `Request` for App Router routes and for its proxy, and the platform's
// `Request` throws on TRACE (and on CONNECT and TRACK): no route code can catch that, and the
// answer was a 500. Pages, meanwhile, answered POST and PROPFIND with their HTML. Installed once,
// from instrumentation.ts.
import { isAllowedMethod, refuseMethod } from './methods';
import { addRequestHook } from './request-hooks';

/** Installs the guard on every node:http server of this process (idempotent). */
export function guardHttpMethods(): void {
  addRequestHook('method-guard', (request, response) => {
    if (isAllowedMethod(request.method)) return false;
    refuseMethod(request, response);
    return true;
  });
}
