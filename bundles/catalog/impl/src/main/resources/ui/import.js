// 导入事项: publish a tongban-catalog/1 document (README "The catalogue exchange format"): every changed item becomes
// a new version; the report lists what was created, updated and unchanged, and every fault of each rejected item.
import {el, fill, field} from '/ui/shell/dom.js';

export async function render(root, ctx) {
  ctx.style('catalog.css');
  const file = el('input', {id: 'import-file', name: 'file', type: 'file', accept: '.json,application/json', required: true});
  const report = el('div', {id: 'import-result', tabindex: '-1', 'aria-live': 'polite'});
  const form = el('form', {class: 'card', id: 'import-form'},
    el('p', {class: 'hint'}, ctx.t('import.hint')),
    field(ctx.t('import.file'), file),
    el('div', {class: 'actions'},
      el('button', {type: 'submit', class: 'primary', id: 'import-submit'}, ctx.t('import.run')),
      el('a', {href: '/api/v1/catalog/items/export', download: 'catalog.json', id: 'import-export'}, ctx.t('import.export'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      if (!file.files[0]) throw new Error(ctx.t('import.missing'));
      fill(report);
      const answer = await ctx.api('POST', '/v1/catalog/items/import', file.files[0], {headers: {'Content-Type': 'application/json'}});
      show(ctx, report, answer, file.files[0].name);
      report.focus();
    });
  });
  fill(root, el('h1', {}, ctx.t('import.title')), form, report);
}

function show(ctx, box, r, name) {
  const rejected = Object.entries(r.rejected || {}).sort(([a], [b]) => a.localeCompare(b));
  fill(box, el('section', {class: 'card', id: 'import-report', 'aria-labelledby': 'import-report-h',
    dataset: {created: String(r.created.length), updated: String(r.updated.length), unchanged: String(r.unchanged.length),
      rejected: String(rejected.length)}},
  el('h2', {id: 'import-report-h'}, ctx.t('import.report', name)),
  el('ul', {class: 'report-counts'}, ['created', 'updated', 'unchanged'].map((k) =>
    el('li', {id: 'import-' + k}, el('strong', {}, String(r[k].length)), ctx.t('import.' + k))),
  el('li', {id: 'import-rejected'}, el('strong', {}, String(rejected.length)), ctx.t('import.rejected'))),
  codes(ctx, 'import.list.created', r.created), codes(ctx, 'import.list.updated', r.updated),
  rejected.length ? el('table', {class: 'rejected', id: 'import-rejected-table'},
    el('caption', {}, ctx.t('import.rejected.caption', rejected.length)),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, ctx.t('import.code')), el('th', {scope: 'col'}, ctx.t('import.faults')))),
    el('tbody', {}, rejected.map(([code, faults]) => el('tr', {dataset: {code}},
      el('th', {scope: 'row'}, code), el('td', {}, el('ul', {}, faults.map((f) => el('li', {}, f)))))))) : null));
}

function codes(ctx, key, list) {
  if (!list.length) return null;
  return el('details', {}, el('summary', {}, ctx.t(key) + ' · ' + ctx.t('import.codes', list.length)),
    el('p', {class: 'codes'}, list.join('、')));
}
