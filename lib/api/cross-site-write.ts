const SAFE_METHODS = ["GET", "HEAD", "OPTIONS"];

/**
 * Why a write that rides on a session cookie looks cross-site, or null when it does not. Cookies
 * are sent from any page on this host (another port counts as the same site), so a write must be
 * JSON (a plain HTML form cannot send that) and, when the browser says, from our own origin.
 * Requests with a bearer token carry no ambient credentials and are not checked.
 */
export function crossSiteWriteReason(request: Request): string | null {
  if (SAFE_METHODS.includes(request.method)) return null;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none")
    return "Cross-site requests cannot change anything.";
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json"))
    return "Send the request as application/json.";
  return null;
}
