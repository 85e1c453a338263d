// Calls to the service's own JSON API, and its errors in words a person understands.

export class ApiError extends Error {
  constructor(status, code, message, { requestId = null, retryAfter = null, details = {} } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.retryAfter = retryAfter;
    this.details = details;
  }
}

/** JSON from `path` (relative to the page, so a path prefix in front of the service works). */
export async function callApi(path, { method = "GET", body, token, signal } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: "omit",
      cache: "no-store",
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "network", "the service could not be reached");
  }
  const payload = await response.json().catch(() => null);
  if (response.ok) return payload;
  const error = (payload && payload.error) || {};
  const retry = Number(response.headers.get("Retry-After") || error.details?.retry_after_s);
  throw new ApiError(response.status, error.code || "http_error", error.message || response.statusText, {
    requestId: error.request_id || response.headers.get("X-Request-ID"),
    retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null,
    details: error.details || {},
  });
}

function inSeconds(error, fallback) {
  return error.retryAfter ? `in ${error.retryAfter} s` : fallback;
}

/** A one-line explanation of what happened and what to do about it. */
export function explain(error, { admin = false } = {}) {
  switch (error.status) {
    case 0:
      return "The service could not be reached. Check that it is running and try again.";
    case 401:
      if (admin) {
        return error.message.includes("disabled")
          ? "The admin API is switched off on this server (TEXT2SQL_ADMIN_TOKEN is not set)."
          : "The admin token was not accepted. Type the operator's admin token above.";
      }
      return "This service needs an API key, and none or a wrong one was sent. Type your key under Access and press Use key.";
    case 403:
      return "The server does not allow that: " + error.message;
    case 404:
      return error.code === "program_not_found"
        ? "There is no program of that name (it may have been removed): pick another one."
        : "Not found: " + error.message;
    case 413:
      return "The question or schema is too large for this service. Shorten it and try again.";
    case 429:
      return `Too many requests with this key. Try again ${inSeconds(error, "in a minute")}.`;
    case 503:
      if (error.code === "overloaded") {
        return `The service is busy: too many questions are waiting for the model. Try again ${inSeconds(error, "shortly")}.`;
      }
      if (error.code === "embedder_unavailable") {
        return "That program needs the similar-demo embedder, which this server has not installed.";
      }
      return `The language model is not reachable right now. Try again ${inSeconds(error, "shortly")}.`;
    case 504:
      return error.code === "deadline_exceeded"
        ? "The request ran out of time before a checked answer was ready. Try again, or ask a simpler question."
        : "The language model took too long to answer. Try again, or ask a simpler question.";
    case 400:
      return error.code === "schema_invalid"
        ? "The schema does not parse in this dialect; fix the statement named below."
        : "The request was refused: " + error.message;
    case 422:
      return "The request was not accepted: " + error.message;
    case 502:
      return "The language model answered with an error. Try again.";
    default:
      return "Something went wrong on the server. Try again; if it persists, give the operator the request id.";
  }
}
