// 满意度趋势: month by month, of the whole node or of one window, clerk, department, item or node: the satisfaction
// rate as a line, the evaluations and bad reviews as bars, and the CSV of the same.
import {el, fill, field} from '/ui/shell/dom.js';
import {chart} from '/ui/shell/charts.js';
import {DIMENSIONS, csvLink, groupName, rate} from './stats-common.js';

export async function render(root, ctx) {
  ctx.style('supervisor.css');
  const from = el('input', {type: 'month', id: 'trend-from', name: 'from', placeholder: 'YYYY-MM'});
  const to = el('input', {type: 'month', id: 'trend-to', name: 'to', placeholder: 'YYYY-MM'});
  const by = el('select', {id: 'trend-by', name: 'by'}, el('option', {value: ''}, ctx.t('trend.whole')),
    DIMENSIONS.map((d) => el('option', {value: d}, ctx.t('dimension.' + d))));
  const key = el('select', {id: 'trend-key', name: 'key', disabled: true}, el('option', {value: ''}, ctx.t('trend.whole')));
  const out = el('div', {id: 'trend', 'aria-live': 'polite'});
  const form = el('form', {class: 'card row no-print', id: 'trend-form'}, field(ctx.t('trend.from'), from), field(ctx.t('trend.to'), to),
    field(ctx.t('stats.by'), by), field(ctx.t('trend.key'), key), el('button', {type: 'submit', class: 'primary'}, ctx.t('stats.show')));
  by.addEventListener('change', () => ctx.run(() => groups(ctx, by.value, key)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      await show(ctx, out, {from, to, by, key});
      out.querySelector('table, p')?.focus();
    });
  });
  fill(root, el('h1', {}, ctx.t('trend.title')), form, out);
  await ctx.run(() => show(ctx, out, {from, to, by, key}));
}

/** The groups to follow: those with evaluations over the last year (the statistics' own lines). */
async function groups(ctx, dimension, key) {
  if (!dimension) {
    fill(key, el('option', {value: ''}, ctx.t('trend.whole')));
    key.disabled = true;
    return;
  }
  const since = new Date(Date.now() - 365 * 86400000).toLocaleDateString('sv', {timeZone: ctx.zone});
  const s = await ctx.api('GET', '/v1/evaluations/statistics?by=' + dimension + '&from=' + since);
  const lines = s.lines.filter((l) => l.key !== '(none)');
  fill(key, lines.length ? lines.map((l) => el('option', {value: l.key}, groupName(ctx, l)))
    : el('option', {value: ''}, ctx.t('trend.nogroups')));
  key.disabled = !lines.length;
}

async function show(ctx, out, f) {
  const q = new URLSearchParams();
  if (f.from.value) q.set('from', f.from.value);
  if (f.to.value) q.set('to', f.to.value);
  if (f.by.value && f.key.value) {
    q.set('by', f.by.value);
    q.set('key', f.key.value);
  }
  const points = await ctx.api('GET', '/v1/evaluations/trend' + (q.toString() ? '?' + q : ''));
  if (points.length) {
    f.from.value = points[0].month;
    f.to.value = points[points.length - 1].month;
    q.set('from', f.from.value);
    q.set('to', f.to.value);
  }
  const of = f.by.value && f.key.value ? f.key.selectedOptions[0].textContent : ctx.t('trend.whole');
  const months = points.map((p) => p.month);
  fill(out, el('p', {class: 'no-print'}, csvLink(ctx, 'trend-csv', '/v1/evaluations/trend', q, ctx.t('trend.csv'))),
    el('div', {class: 'charts'},
      chart(ctx, {id: 'chart-trend', type: 'line', unit: '%', title: ctx.t('trend.chart.rate', of), label: ctx.t('trend.month'),
        categories: months, series: [{name: ctx.t('stats.rate'), data: points.map((p) => p.satisfactionRate)}]}),
      chart(ctx, {id: 'chart-trend-volume', type: 'bar', title: ctx.t('trend.chart.volume', of), label: ctx.t('trend.month'),
        categories: months, series: [{name: ctx.t('trend.total'), data: points.map((p) => p.total)},
          {name: ctx.t('stats.bad'), colour: '#a61b1b', data: points.map((p) => p.bad)}]})),
    el('table', {id: 'trend-table', tabindex: '-1'}, el('caption', {}, ctx.t('trend.caption', of)),
      el('thead', {}, el('tr', {}, ['trend.month', 'trend.total', 'trend.satisfied', 'stats.rate', 'stats.bad']
        .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
      el('tbody', {}, points.map((p) => el('tr', {dataset: {month: p.month}}, el('th', {scope: 'row'}, p.month),
        el('td', {}, String(p.total)), el('td', {}, String(p.satisfied)), el('td', {}, rate(ctx, p.satisfactionRate)),
        el('td', {}, String(p.bad)))))));
}
