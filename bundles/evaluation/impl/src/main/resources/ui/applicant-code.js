// The applicant's side of 好差评 speaks with the invitation's code alone: these requests carry no session cookie, so
// an evaluation is never given under an account (staff, the hall tablet's, or the applicant's own), as the API asks.
import {Problem} from '/ui/shell/api.js';

export const LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED'];
export const BAD = ['DISSATISFIED', 'VERY_DISSATISFIED'];

/** byCode('POST', '/v1/evaluations/invitations/<code>/evaluation', body): JSON in and out, problems thrown. */
export async function byCode(method, path, body) {
  const headers = {'Accept': 'application/json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch('/api' + path, {method, headers, credentials: 'omit', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (e) {
    throw new Problem(0, {title: 'network', detail: e.message});
  }
  const type = response.headers.get('Content-Type') || '';
  const parsed = response.status === 204 ? null : type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new Problem(response.status, parsed && typeof parsed === 'object' ? parsed : {detail: String(parsed || '')});
  return parsed;
}

/** The paths of one invitation. */
export function invitationPath(code, tail) {
  return '/v1/evaluations/invitations/' + encodeURIComponent(code) + (tail ? '/' + tail : '');
}
