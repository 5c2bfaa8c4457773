/** `scheme://user:secret@host` → `scheme://***@host`: errors are shown and stored. */
export function redactCredentials(text: string) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, "$1***@");
}
