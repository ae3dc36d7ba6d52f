// The REST client every page uses: JSON, the session cookie, the CSRF token on changes, problems as exceptions.

/** An RFC 7807 answer: status, title, detail and the list of faults of an invalid request. */
export class Problem extends Error {
  constructor(status, body) {
    super(body.detail || body.title || ('HTTP ' + status));
    this.name = 'Problem';
    this.status = status;
    this.title = body.title || '';
    this.detail = body.detail || '';
    // Core's invalid-input problems list every fault under "errors"; "problems" is accepted as well.
    const faults = Array.isArray(body.errors) ? body.errors : body.problems;
    this.problems = Array.isArray(faults) ? faults.map(String) : [];
  }
}

const state = {csrf: sessionStorage.getItem('tongban.csrf') || '', language: 'zh'};

export function setCsrf(token) {
  state.csrf = token || '';
  if (token) sessionStorage.setItem('tongban.csrf', token); else sessionStorage.removeItem('tongban.csrf');
}

export function setLanguage(language) {
  state.language = language;
}

/**
 * api('POST', '/v1/cases', body): the path below /api. A Blob or File body is sent as is (headers in options);
 * anything else as JSON. Answers the parsed JSON (null for 204); throws a Problem for any error answer.
 */
export async function api(method, path, body, options = {}) {
  const headers = {'Accept': 'application/json', 'Accept-Language': state.language === 'en' ? 'en' : 'zh-CN',
    ...(options.headers || {})};
  if (method !== 'GET' && method !== 'HEAD' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
  let payload;
  if (body instanceof Blob) {
    payload = body;
  } else if (body !== undefined && body !== null) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const url = (path.startsWith('/api/') ? '' : '/api') + path;
  let response;
  try {
    response = await fetch(url, {method, headers, body: payload, credentials: 'same-origin'});
  } catch (e) {
    throw new Problem(0, {title: 'network', detail: e.message});
  }
  const type = response.headers.get('Content-Type') || '';
  const parsed = response.status === 204 ? null : type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new Problem(response.status, parsed && typeof parsed === 'object' ? parsed : {detail: String(parsed || '')});
  }
  return parsed;
}
