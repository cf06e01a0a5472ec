// Runs once when the server starts (Next.js instrumentation hook).
export async function register() {
  // The dev server's own tools post to it; the guard is for the production server, and the
  // edge runtime has no node:http.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    const { guardHttpMethods } = await import('./lib/http/method-guard');
    guardHttpMethods();
  }
}
