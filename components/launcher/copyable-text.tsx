import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/lib/utils";

/** A titled block of text to copy: a command line or a launch context. */
export function CopyableText({
  title,
  text,
  className,
}: {
  title: string;
  text: string;
  className?: string;
}) {
  return (
    <section aria-label={title} className="grid min-w-0 gap-2">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-medium">{title}</h3>
        <CopyButton text={text} label={`Copy ${title.toLowerCase()}`} />
      </div>
      <pre
        className={cn(
          "overflow-auto rounded-md border bg-muted/40 p-2 text-xs whitespace-pre-wrap",
          className,
        )}
      >
        {text}
      </pre>
    </section>
  );
}
