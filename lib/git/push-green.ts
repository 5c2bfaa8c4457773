import { gitSlow } from "@/lib/git/git";
import { branchCommit } from "@/lib/git/git-state";

/** Pushes the green branch to `remote` under the same name (never forced). */
export async function pushGreen(input: {
  repo: string;
  remote: string;
  greenBranch: string;
}): Promise<void> {
  const ref = `refs/heads/${input.greenBranch}`;
  if (!(await branchCommit(input.repo, input.greenBranch))) {
    throw new Error(`There is no ${input.greenBranch} branch to push.`);
  }
  await gitSlow(input.repo, ["push", "--quiet", "--", input.remote, `${ref}:${ref}`]);
}
