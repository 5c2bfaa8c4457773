import Link from "next/link";

function hrefFor(
  basePath: string,
  params: Record<string, string | number | undefined>,
  page: number,
) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, page }))
    if (value !== undefined && String(value) !== "") query.set(key, String(value));
  return `${basePath}?${query}`;
}

/** Previous / next links that keep the page's other query parameters (its filters). */
export function Pagination(props: {
  basePath: string;
  params: Record<string, string | number | undefined>;
  page: number;
  pageCount: number;
  total: number;
}) {
  const { basePath, params, page, pageCount, total } = props;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
      <span className="text-muted-foreground">
        {total} {total === 1 ? "item" : "items"} · page {page} of {pageCount}
      </span>
      <span className="flex gap-3">
        {page > 1 ? <Link href={hrefFor(basePath, params, page - 1)}>Previous</Link> : null}
        {page < pageCount ? <Link href={hrefFor(basePath, params, page + 1)}>Next</Link> : null}
      </span>
    </nav>
  );
}
