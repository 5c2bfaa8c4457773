type Handler<Request_ extends Request> = (request: Request_, context: unknown) => Promise<Response>;

function isJson(text: string) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The serve() handler parses a body as JSON before it checks the signature, so a malformed body
 * would be a 500 for anyone: it is a 400 here instead, before the SDK sees it.
 */
export function refuseMalformedJson<Request_ extends Request>(handler: Handler<Request_>) {
  return async (request: Request_, context: unknown) => {
    const text = await request.clone().text();
    if (text !== "" && !isJson(text))
      return Response.json({ error: "The body is not JSON." }, { status: 400 });
    return handler(request, context);
  };
}
