// 代办件: the point's on-behalf cases, green channel first, then the earliest promised date; and one case.
import {el, fill, field} from '/ui/shell/dom.js';
import {registration, pointLine, decidedAt, caseRoute} from './agent.js';
import {showCase} from './case.js';

export async function render(root, ctx) {
  ctx.style('surrogate.css');
  if (ctx.params.length >= 2) return showCase(root, ctx, ctx.params[0] + '/' + ctx.params[1]);
  const agent = await registration(ctx);
  const green = el('input', {type: 'checkbox', id: 'filter-green', name: 'green'});
  const list = el('div', {id: 'cases', 'aria-live': 'polite'});
  const filter = el('form', {class: 'card row', id: 'cases-filter'},
    el('div', {class: 'check'}, green, el('label', {for: 'filter-green'}, ctx.t('list.greenOnly'))),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('list.show')),
    agent ? el('a', {href: '#/surrogate/new', class: 'button', id: 'cases-new'}, ctx.t('new.title')) : null);
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => load(ctx, green.checked, list));
  });
  const isAgent = (ctx.user.roles || []).includes('agent');
  fill(root, el('h1', {}, ctx.t('list.title')), isAgent ? pointLine(ctx, agent) : null, filter, list);
  await ctx.run(() => load(ctx, false, list));
}

async function load(ctx, greenOnly, list) {
  const cases = await ctx.api('GET', '/v1/surrogate/cases' + (greenOnly ? '?greenChannel=true' : ''));
  if (!cases.length) {
    fill(list, el('p', {class: 'card', id: 'cases-none'}, ctx.t('list.none')));
    return;
  }
  fill(list, el('table', {id: 'cases-table'},
    el('caption', {}, ctx.t('list.count', cases.length)),
    el('thead', {}, el('tr', {}, ['case.ref', 'case.item', 'case.applicant', 'case.status', 'case.decidedAt', 'case.number',
      'case.promised', 'case.news'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, cases.map((k) => el('tr', {dataset: {ref: k.ref, status: k.status}, class: k.greenChannel ? 'green' : null},
      el('td', {}, el('a', {href: caseRoute(k.ref), class: 'case-open'}, k.ref),
        k.greenChannel ? el('span', {class: 'badge green-flag'}, ctx.t('green.badge')) : null),
      el('td', {}, k.itemName),
      el('td', {}, k.applicantName),
      el('td', {class: 'status status-' + k.status}, ctx.t('status.' + k.status)),
      el('td', {}, decidedAt(ctx, k.decidingLevel)),
      el('td', {}, k.caseNumber || ''),
      el('td', {}, ctx.date(k.promisedDate)),
      el('td', {}, news(ctx, k)))))));
}

/** What last came back down, in a line: the missing papers, the outcome, or the last word. */
export function news(ctx, k) {
  if (k.status === 'DEFICIENT' && k.missing.length) return ctx.t('news.missing', k.missing.join('、'));
  if (k.outcome) return ctx.t('news.outcome', ctx.t('outcome.' + k.outcome));
  return k.lastNews || '';
}
