/** A browser's side of the Auth.js routes: CSRF token, sign-in, session and sign-out over HTTP. */
export function authClient(baseUrl: string) {
  const cookieOf = (response: Response, name: string) =>
    response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .find((cookie) => cookie.startsWith(`${name}=`) && cookie.length > name.length + 1);

  async function csrf(cookie = "") {
    const response = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie } });
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const csrfCookie = cookieOf(response, "authjs.csrf-token");
    return { csrfToken, cookie: [cookie, csrfCookie].filter(Boolean).join("; ") };
  }

  async function post(path: string, fields: Record<string, string>, options: Options) {
    const { csrfToken, cookie } = await csrf(options.cookie);
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": options.address ?? "192.0.2.1",
        ...options.headers,
      },
      body: new URLSearchParams({ csrfToken, ...fields }),
    });
    return {
      status: response.status,
      location: response.headers.get("location"),
      retryAfter: response.headers.get("retry-after"),
      body: await response.text(),
      session: cookieOf(response, "authjs.session-token"),
    };
  }

  return {
    signIn: (email: string, password: string, options: Options = {}) =>
      post(
        "/api/auth/callback/credentials",
        { email, password, callbackUrl: options.callbackUrl ?? "/" },
        options,
      ),
    signOut: (session: string) => post("/api/auth/signout", {}, { cookie: session }),
    /** The signed-in user's email for this cookie, or null; and the refreshed cookie, if any. */
    async session(session: string) {
      const response = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie: session } });
      const body = (await response.json()) as { user?: { email?: string } } | null;
      return {
        email: body?.user?.email ?? null,
        refreshed: cookieOf(response, "authjs.session-token"),
      };
    },
  };
}

type Options = {
  address?: string;
  cookie?: string;
  callbackUrl?: string;
  headers?: Record<string, string>;
};
