// 满意度统计: satisfaction per window, clerk, department, item or node over a period — each case once by its latest
// evaluation — as a chart of the rates, a chart of the levels, a table of every count, and the CSV of the same.
import {el, fill} from '/ui/shell/dom.js';
import {chart} from '/ui/shell/charts.js';
import {LEVELS, csvLink, dimensionSelect, groupName, periodForm, query, rate} from './stats-common.js';

export async function render(root, ctx) {
  ctx.style('supervisor.css');
  const by = dimensionSelect(ctx, 'stats-by', 'DEPARTMENT');
  const out = el('div', {id: 'stats', 'aria-live': 'polite'});
  const period = periodForm(ctx, 'stats', by, () => ctx.run(async () => {
    await show(ctx, out, by, period);
    out.querySelector('table')?.focus();
  }));
  fill(root, el('h1', {}, ctx.t('stats.title')), period.form, out);
  await ctx.run(() => show(ctx, out, by, period));
}

async function show(ctx, out, by, period) {
  const q = query(by, period.from, period.to);
  const s = await ctx.api('GET', '/v1/evaluations/statistics?' + q);
  period.from.value = s.from;
  period.to.value = s.to;
  q.set('from', s.from);
  q.set('to', s.to);
  const names = s.lines.map((l) => groupName(ctx, l));
  const charts = el('div', {class: 'charts'},
    chart(ctx, {id: 'chart-stats', type: 'bar', unit: '%', title: ctx.t('stats.chart.rate', ctx.t('dimension.' + s.dimension)),
      label: ctx.t('dimension.' + s.dimension), labels: true, categories: names,
      series: [{name: ctx.t('stats.rate'), data: s.lines.map((l) => l.satisfactionRate)}]}),
    chart(ctx, {id: 'chart-stats-levels', type: 'pie', title: ctx.t('stats.chart.levels'), label: ctx.t('stats.level'),
      categories: s.total.total ? LEVELS.map((v) => ctx.t('level.' + v)) : [],
      series: [{name: ctx.t('stats.count'), data: s.total.counts}]}));
  fill(out, el('p', {class: 'no-print'}, csvLink(ctx, 'stats-csv', '/v1/evaluations/statistics', q, ctx.t('stats.csv'))),
    charts, table(ctx, s));
}

function cells(ctx, l) {
  return [el('td', {dataset: {field: 'total'}}, String(l.total)), LEVELS.map((v, i) => el('td', {}, String(l.counts[i]))),
    el('td', {dataset: {field: 'rate'}}, rate(ctx, l.satisfactionRate)), el('td', {}, String(l.bad)), el('td', {}, String(l.rectified)),
    el('td', {}, rate(ctx, l.rectificationRate))];
}

function table(ctx, s) {
  return el('table', {id: 'stats-table', tabindex: '-1', dataset: {dimension: s.dimension}},
    el('caption', {}, ctx.t('stats.caption', ctx.t('dimension.' + s.dimension), ctx.date(s.from), ctx.date(s.to))),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, ctx.t('dimension.' + s.dimension)), el('th', {scope: 'col'}, ctx.t('stats.total')),
      LEVELS.map((v) => el('th', {scope: 'col'}, ctx.t('level.' + v))),
      ['stats.rate', 'stats.bad', 'stats.rectified', 'stats.rectificationRate'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, s.lines.length ? s.lines.map((l) => el('tr', {dataset: {key: l.key}}, el('th', {scope: 'row'}, groupName(ctx, l)), cells(ctx, l)))
      : el('tr', {}, el('td', {colspan: 10}, ctx.t('stats.none')))),
    el('tfoot', {}, el('tr', {class: 'total', dataset: {key: 'total'}}, el('th', {scope: 'row'}, ctx.t('stats.sum')), cells(ctx, s.total))));
}
