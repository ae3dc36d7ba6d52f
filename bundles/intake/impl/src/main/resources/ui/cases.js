// 窗口办件: the window's queue, the earliest promised date first, with supervision's colours; and one case.
import {el, fill, field} from '/ui/shell/dom.js';
import {decision} from './documents.js';
import {caseActions} from './actions.js';

const STATUSES = ['', 'DEFICIENT', 'ACCEPTED', 'RECEIVED', 'DISPATCHED', 'UNDER_REVIEW', 'DECIDED', 'DELIVERED', 'REFUSED', 'REVOKED'];

export async function render(root, ctx) {
  ctx.style('intake.css');
  if (ctx.params[0]) return one(root, ctx, ctx.params[0]);
  const status = el('select', {name: 'status', id: 'queue-status'}, STATUSES.map((s) => el('option', {value: s}, s ? ctx.t('status.' + s) : ctx.t('queue.all'))));
  const list = el('div', {id: 'queue', 'aria-live': 'polite'});
  const filter = el('form', {class: 'card row no-print', id: 'queue-filter'}, field(ctx.t('queue.status'), status),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('queue.show')));
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => load(ctx, status.value, list));
  });
  fill(root, el('h1', {}, ctx.t('queue.title')), filter, list);
  await ctx.run(() => load(ctx, '', list));
}

/** Supervision's colours by the working time left: red when overdue, yellow on the last two days, green before. */
function due(ctx, c) {
  if (!c.promisedDate || ['DELIVERED', 'REFUSED', 'REVOKED', 'DECIDED'].includes(c.status)) return {cls: '', text: ''};
  const today = new Date().toLocaleDateString('sv', {timeZone: ctx.zone});
  const days = Math.round((Date.parse(c.promisedDate) - Date.parse(today)) / 86400000);
  if (days < 0) return {cls: 'due-over', text: ctx.t('due.over')};
  if (days <= 2) return {cls: 'due-soon', text: ctx.t('due.soon')};
  return {cls: 'due-ok', text: ctx.t('due.ok')};
}

async function load(ctx, status, list) {
  const cases = await ctx.api('GET', '/v1/cases?limit=200' + (status ? '&status=' + status : ''));
  if (!cases.length) {
    fill(list, el('p', {class: 'card'}, ctx.t('queue.none')));
    return;
  }
  fill(list, el('table', {id: 'queue-table'},
    el('caption', {}, ctx.t('queue.count', cases.length)),
    el('thead', {}, el('tr', {}, ['case.number', 'case.item', 'case.applicant', 'case.status', 'case.promisedDate', 'due']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, cases.map((c) => {
      const d = due(ctx, c);
      return el('tr', {dataset: {case: c.caseNumber}},
        el('td', {}, el('a', {href: '#/intake/cases/' + encodeURIComponent(c.caseNumber)}, c.caseNumber)),
        el('td', {}, c.itemName), el('td', {}, c.applicantName), el('td', {class: 'status'}, ctx.t('status.' + c.status)),
        el('td', {}, ctx.date(c.promisedDate)), el('td', {class: d.cls}, d.text));
    }))));
}

async function one(root, ctx, number) {
  const view = await ctx.api('GET', '/v1/cases/' + encodeURIComponent(number));
  const work = el('div', {id: 'work'});
  const show = (c) => {
    fill(work, decision(ctx, c), caseActions(ctx, c, show));
  };
  fill(root, el('h1', {}, ctx.t('case.title', view.caseNumber)), work);
  show(view);
}
