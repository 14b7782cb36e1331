// Short texts in one line, "Acme · greenhouse · 22 Nov". Each part comes from a page or a file, so each is isolated
// (<bdi>): a right-to-left override left open in a company name must not reverse the board or the date after it.
import { Fragment } from 'preact';

export function Joined({ parts, separator = ' · ' }: { parts: (string | null | undefined)[]; separator?: string }) {
  const shown = parts.filter((p): p is string => !!p);
  return (
    <>
      {shown.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          <bdi>{p}</bdi>
        </Fragment>
      ))}
    </>
  );
}
