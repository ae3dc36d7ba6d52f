// 月度通报: a month's figures per department (submissions, share online, decided, on-time rate, yellow and red cards)
// as charts and a table, and the same bulletin as the CSV spreadsheet it is sent out in.
import {el, fill, field} from '/ui/shell/dom.js';
import {chart} from '/ui/shell/charts.js';
import {COLOUR_CHART, percent} from './supervisor-cards.js';

export async function render(root, ctx) {
  ctx.style('supervision.css');
  const month = el('input', {type: 'month', id: 'bulletin-month', name: 'month', required: true, placeholder: 'YYYY-MM'});
  const out = el('div', {id: 'bulletin', 'aria-live': 'polite'});
  const form = el('form', {class: 'card row no-print', id: 'bulletin-form'}, field(ctx.t('bulletin.month'), month),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('bulletin.show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      await show(ctx, out, month);
      out.querySelector('table')?.focus();
    });
  });
  fill(root, el('h1', {}, ctx.t('bulletin.title')), form, out);
  // Without a month the node answers its own current month (by its clock): the page takes the month from it.
  await ctx.run(() => show(ctx, out, month, ctx.params[0]));
}

async function show(ctx, out, input, wanted) {
  const asked = wanted || input.value;
  const b = await ctx.api('GET', '/v1/supervision/bulletin' + (asked ? '?month=' + encodeURIComponent(asked) : ''));
  input.value = b.month;
  const csv = '/api/v1/supervision/bulletin?month=' + encodeURIComponent(b.month) + '&format=csv';
  const link = el('a', {href: csv, id: 'bulletin-csv', class: 'button-link', download: 'bulletin-' + b.month + '.csv', type: 'text/csv'},
    ctx.t('bulletin.csv', b.month));
  if (!b.departments.length) {
    fill(out, el('p', {class: 'no-print'}, link), el('p', {class: 'card', id: 'bulletin-none', dataset: {month: b.month}}, ctx.t('bulletin.none')),
      chart(ctx, {id: 'chart-bulletin', type: 'bar', title: ctx.t('bulletin.chart.volume'), height: '10rem', categories: [],
        series: [{name: ctx.t('bulletin.submissions'), data: []}]}));
    return;
  }
  const names = b.departments.map((d) => d.departmentName || d.departmentCode);
  // A department that decided nothing has no on-time rate to chart (the API counts it 100%, the table says none).
  const onTime = b.departments.map((d) => (d.completions ? Math.round(d.onTimeRate * 1000) / 10 : null));
  const online = b.departments.map((d) => (d.submissions ? Math.round(d.onlineShare * 1000) / 10 : null));
  const height = Math.max(14, 6 + names.length * 1.6) + 'rem';
  const charts = el('div', {class: 'charts'},
    chart(ctx, {id: 'chart-bulletin', type: 'bar', title: ctx.t('bulletin.chart.volume'), label: ctx.t('bulletin.department'),
      horizontal: true, height, categories: names,
      series: [{name: ctx.t('bulletin.submissions'), data: b.departments.map((d) => d.submissions)},
        {name: ctx.t('bulletin.completions'), data: b.departments.map((d) => d.completions)}]}),
    chart(ctx, {id: 'chart-bulletin-rates', type: 'bar', title: ctx.t('bulletin.chart.rates'), label: ctx.t('bulletin.department'),
      horizontal: true, height, unit: '%', categories: names,
      series: [{name: ctx.t('bulletin.onTimeRate'), data: onTime}, {name: ctx.t('bulletin.onlineShare'), data: online}]}),
    chart(ctx, {id: 'chart-bulletin-cards', type: 'bar', title: ctx.t('bulletin.chart.cards'), label: ctx.t('bulletin.department'),
      horizontal: true, height, categories: names,
      series: [{name: ctx.t('bulletin.yellow'), stack: 'cards', colour: COLOUR_CHART.YELLOW, data: b.departments.map((d) => d.yellowCards)},
        {name: ctx.t('bulletin.red'), stack: 'cards', colour: COLOUR_CHART.RED, data: b.departments.map((d) => d.redCards)}]}));
  fill(out, el('p', {class: 'no-print'}, link), table(ctx, b), charts);
}

function table(ctx, b) {
  const head = ['bulletin.department', 'bulletin.submissions', 'bulletin.online', 'bulletin.onlineShare', 'bulletin.completions',
    'bulletin.onTime', 'bulletin.onTimeRate', 'bulletin.yellow', 'bulletin.red'];
  const row = (l, total) => el('tr', {dataset: {department: total ? 'total' : l.departmentCode}, class: total ? 'total' : null},
    el('th', {scope: 'row'}, total ? ctx.t('bulletin.total') : l.departmentName || l.departmentCode),
    el('td', {dataset: {field: 'submissions'}}, String(l.submissions)), el('td', {}, String(l.online)),
    el('td', {}, l.submissions ? percent(ctx, l.onlineShare) : ctx.t('rate.none')),
    el('td', {dataset: {field: 'completions'}}, String(l.completions)), el('td', {}, String(l.onTime)),
    el('td', {}, l.completions ? percent(ctx, l.onTimeRate) : ctx.t('rate.none')),
    el('td', {class: l.yellowCards ? 'card-YELLOW' : ''}, String(l.yellowCards)),
    el('td', {class: l.redCards ? 'card-RED' : '', dataset: {field: 'red'}}, String(l.redCards)));
  return el('table', {id: 'bulletin-table', tabindex: '-1', dataset: {month: b.month}},
    el('caption', {}, ctx.t('bulletin.caption', b.month)),
    el('thead', {}, el('tr', {}, head.map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, b.departments.map((l) => row(l, false))),
    el('tfoot', {}, row(b.total, true)));
}
