export function SessionTextList({
  title,
  items,
  testId,
}: {
  title: string;
  items: string[] | null;
  testId: string;
}) {
  return (
    <section className="flex min-w-0 flex-col gap-2" data-testid={testId}>
      <h3 className="text-sm font-medium">{title}</h3>
      {items?.length ? (
        <ul className="flex list-disc flex-col gap-1 pl-5 text-sm">
          {items.map((item, index) => (
            // Entries may repeat, and the list never reorders.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="whitespace-pre-wrap break-words">
              {item}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">None recorded.</p>
      )}
    </section>
  );
}
