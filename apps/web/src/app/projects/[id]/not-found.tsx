import Link from 'next/link';

export default function ProjectNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">Project not found</h1>
      <p>
        There is no project at this address. Browse{' '}
        <Link className="text-accent underline" href="/projects">
          all projects
        </Link>
        .
      </p>
    </div>
  );
}
