import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(full);
      return Promise.resolve(/\.tsx?$/.test(entry.name) ? [full] : []);
    }),
  );
  return nested.flat();
}

/**
 * Every name a form or JSON body might carry: the string literals of the server action files
 * (their `fields`/`hidden` lists) and of `lib/validation`, and that folder's object keys (the
 * schemas' fields). A name an input does not use is an extra argument, which must do no harm.
 */
export async function inputNames(root: string): Promise<string[]> {
  const actionFiles = [];
  for (const file of await filesUnder(path.join(root, "app")))
    if (/^["']use server["']/.test(await readFile(file, "utf8"))) actionFiles.push(file);
  const validationFiles = await filesUnder(path.join(root, "lib/validation"));
  const names = new Set<string>();
  for (const file of [...actionFiles, ...validationFiles]) {
    const source = await readFile(file, "utf8");
    for (const [, name] of source.matchAll(/["']([a-zA-Z][a-zA-Z0-9_]{1,40})["']/g))
      names.add(name);
    if (validationFiles.includes(file))
      for (const [, name] of source.matchAll(/^\s+([a-zA-Z][a-zA-Z0-9_]*)\??:/gm)) names.add(name);
  }
  return [...names].sort();
}
