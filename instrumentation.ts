// Runs once when the Next server starts; the Node-only part is loaded only in the Node runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitWhenOrphaned } = await import("@/lib/runtime/exit-when-orphaned");
    exitWhenOrphaned();
  }
}
