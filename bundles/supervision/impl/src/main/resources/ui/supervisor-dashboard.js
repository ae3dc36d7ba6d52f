// 监察总览: the open cards (预警, 黄牌, 红牌) of the supervisor's divisions counted by colour and by department, as
// figures, a chart and a table; the cards themselves filtered by colour and department; and the deadline scan run now.
import {el, fill, field} from '/ui/shell/dom.js';
import {chart} from '/ui/shell/charts.js';
import {COLOURS, COLOUR_CHART, cardTable} from './supervisor-cards.js';

const LIMIT = 1000;

export async function render(root, ctx) {
  ctx.style('supervision.css');
  const summary = el('section', {id: 'dash-summary', 'aria-labelledby': 'dash-open'});
  const scanResult = el('p', {id: 'scan-result', role: 'status'});
  const scan = el('button', {type: 'button', id: 'scan-run', class: 'primary', 'aria-describedby': 'scan-hint'}, ctx.t('scan.run'));
  const colour = el('select', {id: 'cards-colour', name: 'colour'}, el('option', {value: ''}, ctx.t('dash.all')),
    COLOURS.map((c) => el('option', {value: c}, ctx.t('colour.' + c))));
  const department = el('select', {id: 'cards-department', name: 'department'}, el('option', {value: ''}, ctx.t('dash.all')));
  const closed = el('input', {type: 'checkbox', id: 'cards-closed', name: 'closed'});
  const list = el('div', {id: 'cards', 'aria-live': 'polite'});
  const filter = el('form', {class: 'card row no-print', id: 'cards-filter'}, field(ctx.t('cards.colour'), colour),
    field(ctx.t('cards.department'), department),
    el('div', {class: 'check'}, closed, el('label', {for: closed.id}, ctx.t('cards.closed'))),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('cards.show')));
  const show = () => ctx.run(() => cards(ctx, list, colour.value, department.value, closed.checked));
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    show();
  });
  const reload = async () => {
    const open = await ctx.api('GET', '/v1/supervision/cards?limit=' + LIMIT);
    departments(ctx, department, open);
    overview(ctx, summary, open, (c) => {
      colour.value = c;
      department.value = '';
      closed.checked = false;
      show().then(() => list.querySelector('table, p')?.focus());
    });
    await cards(ctx, list, colour.value, department.value, closed.checked);
  };
  scan.addEventListener('click', () => ctx.run(async () => {
    scan.disabled = true;
    try {
      const r = await ctx.api('POST', '/v1/supervision/scan');
      await reload();
      fill(scanResult, ctx.t('scan.done', ctx.date(r.day), r.issued, r.closed, r.millis));
      scanResult.dataset.issued = String(r.issued);
    } finally {
      scan.disabled = false;
    }
  }));
  fill(root, el('h1', {}, ctx.t('dash.title')),
    el('div', {class: 'card row no-print'}, scan, el('span', {class: 'hint', id: 'scan-hint'}, ctx.t('scan.hint')), scanResult),
    summary, el('h2', {}, ctx.t('cards.title')), filter, list);
  await ctx.run(reload);
}

/** The department choices: every department with an open card, by name. */
function departments(ctx, select, open) {
  const keep = select.value;
  const names = new Map(open.map((c) => [c.departmentCode, c.departmentName || c.departmentCode]));
  fill(select, el('option', {value: ''}, ctx.t('dash.all')),
    [...names].sort((a, b) => a[1].localeCompare(b[1], 'zh')).map(([code, name]) => el('option', {value: code}, name)));
  select.value = names.has(keep) ? keep : '';
}

/** Counts per colour (one button each, to list them) and per department (a stacked chart and its table). */
function overview(ctx, section, open, pick) {
  const total = Object.fromEntries(COLOURS.map((c) => [c, 0]));
  const rows = new Map();
  for (const c of open) {
    total[c.colour]++;
    if (!rows.has(c.departmentCode)) rows.set(c.departmentCode, {name: c.departmentName || c.departmentCode, counts: {WARNING: 0, YELLOW: 0, RED: 0}});
    rows.get(c.departmentCode).counts[c.colour]++;
  }
  const lines = [...rows].sort((a, b) => (b[1].counts.RED - a[1].counts.RED) || (b[1].counts.YELLOW - a[1].counts.YELLOW)
    || (b[1].counts.WARNING - a[1].counts.WARNING) || a[1].name.localeCompare(b[1].name, 'zh'));
  const tiles = el('ul', {class: 'tiles', id: 'dash-tiles'}, COLOURS.map((c) => el('li', {},
    el('button', {type: 'button', class: 'tile tile-' + c, id: 'tile-' + c, dataset: {count: String(total[c])},
      'aria-label': ctx.t('dash.tile', ctx.t('colour.' + c), total[c]) + '，' + ctx.t('dash.tile.show', ctx.t('colour.' + c)),
      onclick: () => pick(c)},
    el('span', {class: 'tile-count'}, String(total[c])), el('span', {class: 'tile-label'}, ctx.t('colour.' + c))))));
  if (!open.length) {
    fill(section, el('h2', {id: 'dash-open'}, ctx.t('dash.open')), tiles, el('p', {class: 'card', id: 'dash-none'}, ctx.t('dash.none')));
    return;
  }
  const figure = chart(ctx, {id: 'chart-cards', type: 'bar', title: ctx.t('dash.chart'), label: ctx.t('dash.department'),
    horizontal: true, height: Math.max(12, 4 + lines.length * 2.2) + 'rem',
    categories: lines.map(([, r]) => r.name),
    series: COLOURS.map((c) => ({name: ctx.t('colour.' + c), stack: 'cards', colour: COLOUR_CHART[c], data: lines.map(([, r]) => r.counts[c])}))});
  const table = el('table', {id: 'cards-by-department'},
    el('caption', {}, ctx.t('dash.byDepartment')),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, ctx.t('dash.department')),
      COLOURS.map((c) => el('th', {scope: 'col'}, ctx.t('colour.' + c))), el('th', {scope: 'col'}, ctx.t('dash.total')))),
    el('tbody', {}, lines.map(([code, r]) => el('tr', {dataset: {department: code}}, el('th', {scope: 'row'}, r.name),
      COLOURS.map((c) => el('td', {class: r.counts[c] ? 'card-' + c : '', dataset: {colour: c}}, String(r.counts[c]))),
      el('td', {}, String(COLOURS.reduce((s, c) => s + r.counts[c], 0)))))));
  fill(section, el('h2', {id: 'dash-open'}, ctx.t('dash.open')), tiles,
    open.length >= LIMIT ? el('p', {class: 'hint'}, ctx.t('dash.capped', LIMIT)) : null,
    el('div', {class: 'split'}, figure, table));
}

async function cards(ctx, list, colour, department, closed) {
  const query = new URLSearchParams({limit: '500'});
  if (colour) query.set('colour', colour);
  if (department) query.set('department', department);
  if (closed) query.set('open', 'false');
  const found = await ctx.api('GET', '/v1/supervision/cards?' + query);
  fill(list, found.length ? cardTable(ctx, found, colour) : el('p', {class: 'card', tabindex: '-1'}, ctx.t('cards.none')));
}
