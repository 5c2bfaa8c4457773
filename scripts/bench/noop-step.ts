/** The step body both sides of the benchmark call: it does nothing. */
export function noopStep(): null {
  return null;
}
