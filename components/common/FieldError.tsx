// The message shown beside a field whose value was refused. Pair with invalidProps() on the input so that
// screen readers announce the field as invalid and read the message.
export function FieldError({ id, error }: { id: string; error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p id={id} class="pf-error" role="alert">
      {error}
    </p>
  );
}

export function invalidProps(errorId: string, error: string | null | undefined) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : { 'aria-invalid': false as const };
}
