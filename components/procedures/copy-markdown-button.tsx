"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

export function CopyMarkdownButton({ markdown }: { markdown: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      type="button"
      variant="outline"
      className="print:hidden"
      onClick={() =>
        void navigator.clipboard.writeText(markdown).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? "Copied" : "Copy as Markdown"}
    </Button>
  );
}
