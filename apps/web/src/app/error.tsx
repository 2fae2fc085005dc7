'use client';

/** A failure the reader can do nothing about: say so plainly, offer a retry, never show a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p>The page could not be loaded. It has been logged; please try again.</p>
      <button type="button" onClick={reset} className="rounded bg-accent px-3 py-1.5 text-white">
        Try again
      </button>
    </div>
  );
}
