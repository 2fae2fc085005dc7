export const dynamic = 'force-dynamic';

/** Liveness for load balancers, and the benchmark's "framework ceiling": no database, no rendering. */
export function GET() {
  return new Response('ok\n', {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
