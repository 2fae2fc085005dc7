/** The server's refusal of an admin action, announced beside the button that asked for it. */
export function ActionError({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="text-sm text-red-700">
      {error}
    </p>
  ) : null;
}
