import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>
        Nothing lives at this address. Start from the{' '}
        <Link className="text-accent underline" href="/">
          overview
        </Link>
        .
      </p>
    </div>
  );
}
