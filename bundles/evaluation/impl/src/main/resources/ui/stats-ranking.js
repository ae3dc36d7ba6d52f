// 满意度排名: windows (or clerks, departments, items, nodes) ranked by satisfaction rate, equal rates sharing a rank,
// the best and the last places marked; the groups that cannot be ranked listed apart; as a chart, a table and CSV.
import {el, fill} from '/ui/shell/dom.js';
import {chart} from '/ui/shell/charts.js';
import {csvLink, dimensionSelect, groupName, periodForm, query, rate} from './stats-common.js';

export async function render(root, ctx) {
  ctx.style('supervisor.css');
  const by = dimensionSelect(ctx, 'ranking-by', 'WINDOW');
  const out = el('div', {id: 'ranking', 'aria-live': 'polite'});
  const period = periodForm(ctx, 'ranking', by, () => ctx.run(async () => {
    await show(ctx, out, by, period);
    out.querySelector('table')?.focus();
  }));
  fill(root, el('h1', {}, ctx.t('ranking.title')), period.form, out);
  await ctx.run(() => show(ctx, out, by, period));
}

async function show(ctx, out, by, period) {
  const q = query(by, period.from, period.to);
  const s = await ctx.api('GET', '/v1/evaluations/ranking?' + q);
  period.from.value = s.from;
  period.to.value = s.to;
  q.set('from', s.from);
  q.set('to', s.to);
  const group = ctx.t('dimension.' + s.dimension);
  const figure = chart(ctx, {id: 'chart-ranking', type: 'bar', unit: '%', horizontal: true, labels: true, label: group,
    title: ctx.t('ranking.chart', group), height: Math.max(12, 4 + s.lines.length * 2) + 'rem',
    categories: s.lines.map((l) => ctx.t('ranking.place', l.rank, groupName(ctx, l))),
    series: [{name: ctx.t('stats.rate'), data: s.lines.map((l) => l.satisfactionRate)}]});
  fill(out, el('p', {class: 'no-print'}, csvLink(ctx, 'ranking-csv', '/v1/evaluations/ranking', q, ctx.t('ranking.csv'))),
    el('div', {class: 'split'}, table(ctx, s, group), figure),
    s.unranked.length ? unranked(ctx, s, group) : null);
}

function mark(ctx, l) {
  if (l.top) return el('span', {class: 'badge top'}, ctx.t('ranking.top'));
  if (l.bottom) return el('span', {class: 'badge bottom'}, ctx.t('ranking.bottom'));
  return null;
}

function table(ctx, s, group) {
  return el('table', {id: 'ranking-table', tabindex: '-1', dataset: {dimension: s.dimension}},
    el('caption', {}, ctx.t('ranking.caption', group, ctx.date(s.from), ctx.date(s.to))),
    el('thead', {}, el('tr', {}, ['ranking.rank', null, 'stats.rate', 'stats.total', 'stats.bad', 'stats.rectificationRate']
      .map((k) => el('th', {scope: 'col'}, k ? ctx.t(k) : group)))),
    el('tbody', {}, s.lines.length ? s.lines.map((l) => el('tr', {dataset: {key: l.key, rank: String(l.rank)},
      class: l.top ? 'top' : l.bottom ? 'bottom' : null},
    el('td', {class: 'rank'}, String(l.rank)), el('th', {scope: 'row'}, groupName(ctx, l), ' ', mark(ctx, l)),
    el('td', {dataset: {field: 'rate'}}, rate(ctx, l.satisfactionRate)), el('td', {}, String(l.total)), el('td', {}, String(l.bad)),
    el('td', {}, rate(ctx, l.rectificationRate))))
      : el('tr', {}, el('td', {colspan: 6}, ctx.t('ranking.none')))));
}

function unranked(ctx, s, group) {
  return el('section', {id: 'ranking-unranked', 'aria-labelledby': 'unranked-h'},
    el('h2', {id: 'unranked-h'}, ctx.t('ranking.unranked')), el('p', {class: 'hint'}, ctx.t('ranking.unranked.hint')),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, group), el('th', {scope: 'col'}, ctx.t('stats.total')),
      el('th', {scope: 'col'}, ctx.t('stats.bad')))),
    el('tbody', {}, s.unranked.map((l) => el('tr', {dataset: {key: l.key}}, el('th', {scope: 'row'}, groupName(ctx, l)),
      el('td', {}, String(l.total)), el('td', {}, String(l.bad)))))));
}
