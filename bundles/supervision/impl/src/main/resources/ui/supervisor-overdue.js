// 超期与按时办结: the open cases past their promised date (the most overdue first), and the share of the cases decided
// in a period that were decided by their promised date.
import {el, fill, field} from '/ui/shell/dom.js';
import {chart} from '/ui/shell/charts.js';
import {percent} from './supervisor-cards.js';

export async function render(root, ctx) {
  ctx.style('supervision.css');
  const from = el('input', {type: 'date', id: 'ontime-from', name: 'from', required: true});
  const to = el('input', {type: 'date', id: 'ontime-to', name: 'to', required: true});
  const rate = el('div', {id: 'ontime', 'aria-live': 'polite'});
  const form = el('form', {class: 'card row no-print', id: 'ontime-form'}, field(ctx.t('ontime.from'), from), field(ctx.t('ontime.to'), to),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('ontime.show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      await onTime(ctx, rate, from, to);
      rate.querySelector('[tabindex]')?.focus();
    });
  });
  const list = el('section', {id: 'overdue', 'aria-labelledby': 'overdue-h'});
  fill(root, el('h1', {}, ctx.t('overdue.title')), el('h2', {id: 'ontime-h'}, ctx.t('ontime.title')), form, rate, list);
  await ctx.run(() => Promise.all([onTime(ctx, rate, from, to), overdue(ctx, list)]));
}

/** The node's own period when none is chosen (its month so far, by its clock), so the page never guesses the date. */
async function onTime(ctx, box, from, to) {
  const query = new URLSearchParams();
  if (from.value) query.set('from', from.value);
  if (to.value) query.set('to', to.value);
  const r = await ctx.api('GET', '/v1/supervision/on-time' + (query.toString() ? '?' + query : ''));
  from.value = r.from;
  to.value = r.to;
  if (!r.completions) {
    fill(box, el('p', {class: 'card', id: 'ontime-result', tabindex: '-1', dataset: {completions: '0'}},
      ctx.t('ontime.none', ctx.date(r.from), ctx.date(r.to))));
    return;
  }
  const figure = chart(ctx, {id: 'chart-ontime', type: 'pie', height: '16rem', label: ctx.t('ontime.title'),
    categories: [ctx.t('bulletin.onTime'), ctx.t('overdue.late')],
    series: [{name: ctx.t('bulletin.completions'), data: [r.onTime, r.completions - r.onTime]}]});
  fill(box, el('div', {class: 'card split'},
    el('p', {class: 'figure-big', id: 'ontime-result', tabindex: '-1', dataset: {completions: String(r.completions), rate: String(r.rate)}},
      ctx.t('ontime.result', ctx.date(r.from), ctx.date(r.to), r.completions, r.onTime, percent(ctx, r.rate))), figure));
}

async function overdue(ctx, section) {
  const cases = await ctx.api('GET', '/v1/supervision/overdue?limit=500');
  const heading = el('h2', {id: 'overdue-h'}, ctx.t('overdue.list'));
  if (!cases.length) {
    fill(section, heading, el('p', {class: 'card', id: 'overdue-none'}, ctx.t('overdue.none')));
    return;
  }
  fill(section, heading, el('table', {id: 'overdue-table'},
    el('caption', {}, ctx.t('overdue.count', cases.length)),
    el('thead', {}, el('tr', {}, ['overdue.case', 'overdue.item', 'overdue.department', 'overdue.status', 'overdue.promised', 'overdue.days']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, cases.map((c) => el('tr', {dataset: {case: c.caseNumber, days: String(c.overdueWorkingDays)}},
      el('td', {}, c.caseNumber), el('td', {}, c.itemName), el('td', {}, c.departmentName || c.departmentCode),
      el('td', {}, ctx.t('status.' + c.status)), el('td', {}, ctx.date(c.promisedDate)),
      el('td', {class: 'due-over'}, String(c.overdueWorkingDays)))))));
}
