// 代办工作量: a supervisor's figures over every on-behalf case this node knows (its own points' and those below it),
// per agent, point or level: cases, pending, closed, days to hand-over, fees, green channel, free copies and mailings.
import {el, fill, field} from '/ui/shell/dom.js';

const BY = ['agent', 'point', 'level'];
const COLUMNS = ['cases', 'pending', 'closed', 'averageDays', 'fees', 'greenChannel', 'freeCopies', 'mailings'];

export async function render(root, ctx) {
  ctx.style('surrogate.css');
  const by = el('select', {id: 'workload-by', name: 'by'}, BY.map((b) => el('option', {value: b}, ctx.t('workload.by.' + b))));
  const division = el('input', {id: 'workload-division', name: 'division', inputmode: 'numeric', autocomplete: 'off'});
  const table = el('div', {id: 'workload', 'aria-live': 'polite'});
  const form = el('form', {class: 'card row', id: 'workload-filter'}, field(ctx.t('workload.by'), by),
    field(ctx.t('network.division'), division, ctx.t('network.division.hint')),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('network.show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => load(ctx, by.value, division.value.trim(), table));
  });
  fill(root, el('h1', {}, ctx.t('workload.title')), form, table);
  await ctx.run(() => load(ctx, 'agent', '', table));
}

async function load(ctx, by, division, table) {
  const rows = await ctx.api('GET', '/v1/surrogate/workload?by=' + by + (division ? '&division=' + encodeURIComponent(division) : ''));
  if (!rows.length) {
    fill(table, el('p', {class: 'card', id: 'workload-none'}, ctx.t('workload.none')));
    return;
  }
  const cell = (w, c) => {
    if (c === 'averageDays') return Number(w.averageDays).toFixed(1);
    if (c === 'fees') return ctx.t('fee.yuan', Number(w.fees).toFixed(2));
    return String(w[c]);
  };
  fill(table, el('table', {id: 'workload-table'},
    el('caption', {}, ctx.t('workload.count', rows.length)),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, ctx.t('workload.by.' + by)), el('th', {scope: 'col'}, ctx.t('network.division')),
      COLUMNS.map((c) => el('th', {scope: 'col'}, ctx.t('workload.' + c))))),
    el('tbody', {}, rows.map((w) => el('tr', {dataset: {key: w.key}},
      el('td', {}, by === 'level' ? ctx.t('level.' + w.key) : w.name), el('td', {}, w.divisionCode || ''),
      COLUMNS.map((c) => el('td', {class: 'num', dataset: {column: c}}, cell(w, c))))))));
}
