import Link from 'next/link';
import { COUNTRIES } from '@tianshan/model';

export default function CountryNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Country not found</h1>
      <p>Tianshan covers the five Central Asian countries:</p>
      <ul className="ml-5 list-disc">
        {COUNTRIES.map((c) => (
          <li key={c.code}>
            <Link className="text-accent underline" href={`/countries/${c.slug}`}>
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
