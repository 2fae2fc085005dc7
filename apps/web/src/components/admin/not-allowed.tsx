export function NotAllowed({ role }: { role: string }) {
  return (
    <div className="space-y-2" data-testid="not-allowed">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p>
        Your account ({role}) can read the dashboard but cannot change data. Ask an admin for the
        editor role.
      </p>
    </div>
  );
}
