// The admin API client. The tokens live in this module's variables only, never in localStorage, sessionStorage
// or a cookie: a script injected elsewhere cannot read them from storage, and nothing outlives the page.
// Reloading the page signs the admin out; that is the price, and for an ops console an acceptable one.

let accessToken = null;
let refreshToken = null;

const API = '../api/v1';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.error?.code ?? null;
    this.details = body?.error?.details ?? [];
  }
}

export function signedIn() {
  return accessToken !== null;
}

export function signOut() {
  const token = refreshToken;
  accessToken = null;
  refreshToken = null;
  if (token) {
    fetch(`${API}/auth/logout`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: token }) }).catch(() => {});
  }
}

async function send(method, path, body, token) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${API}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit', cache: 'no-store' });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

export async function signIn(email, password) {
  const answer = await send('POST', '/auth/login', { email, password, deviceName: 'ops console' });
  accessToken = answer.data.accessToken;
  refreshToken = answer.data.refreshToken;
}

async function refresh() {
  const answer = await send('POST', '/auth/refresh', { refreshToken });
  accessToken = answer.data.accessToken;
  refreshToken = answer.data.refreshToken;
}

/** A call with the admin's token; an expired access token is refreshed once. Answers the whole envelope. */
export async function call(method, path, body) {
  try {
    return await send(method, path, body, accessToken);
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 401 && refreshToken) {
      try {
        await refresh();
      } catch (refused) {
        accessToken = null;
        refreshToken = null;
        throw failure;
      }
      return send(method, path, body, accessToken);
    }
    throw failure;
  }
}
