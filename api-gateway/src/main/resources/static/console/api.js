// The gateway's HTTP API as the console calls it: the key as a bearer token on every call, JSON in and out, and
// RFC 9457 problem details turned into an ApiError that screens can show next to the fields it names.

import { apiKey, signOut } from './session.js';

/** A refused call: the status, and the problem details the gateway answered with (code, detail, errors[]). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The gateway answered ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get code() {
    return this.problem.code ?? null;
  }

  /** [{field, message}]: the request fields the gateway found wrong, e.g. "url" or "script.scenes[0].narration". */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

/**
 * Sends a request with the signed-in key (or `key`, to check one before keeping it). A 401 on a signed-in call means
 * the key was revoked meanwhile: the console signs out rather than failing screen after screen.
 */
export async function request(method, path, { json, body, contentType, headers = {}, signal, key } = {}) {
  const sent = { Accept: 'application/json, application/problem+json', ...headers };
  const bearer = key ?? apiKey();
  if (bearer) sent.Authorization = `Bearer ${bearer}`;
  if (json !== undefined) {
    sent['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (contentType) {
    sent['Content-Type'] = contentType;
  }
  let response;
  try {
    response = await fetch(path, { method, headers: sent, body, signal, cache: 'no-store' });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: 'The gateway cannot be reached', detail: 'The gateway cannot be reached. Check'
        + ' that it is running and try again.' });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && key === undefined) signOut();
    throw new ApiError(response.status, problem);
  }
  return response;
}

async function readProblem(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      // fall through: an unreadable body is described by its status alone
    }
  }
  return { status: response.status, title: response.statusText || `HTTP ${response.status}` };
}

/** The body of a JSON answer, or null for 204. */
async function json(response) {
  return response.status === 204 ? null : response.json();
}

export const api = {
  get: (path, options) => request('GET', path, options).then(json),
  post: (path, body, options) => request('POST', path, { ...options, json: body }).then(json),
  put: (path, body, options) => request('PUT', path, { ...options, json: body }).then(json),
  delete: (path, options) => request('DELETE', path, options).then(json),
  /** A file (an artifact, a zip) as a Blob, fetched with the key: no plain link could carry it. */
  blob: (path, options) => request('GET', path, { ...options, headers: { Accept: '*/*' } }).then(r => r.blob()),
};

/** A path with its query, leaving out absent values. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
