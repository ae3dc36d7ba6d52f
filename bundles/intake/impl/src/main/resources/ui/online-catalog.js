// 网上办事: the catalogue as an applicant reads it, each item's guide (办事指南: conditions, materials, time limit, fees,
// where it is handled) and, for an item handled online, the way into its application (#/intake/online/<code>/apply).
import {el, fill, field} from '/ui/shell/dom.js';
import {applicationForm} from './online-apply.js';

const ONLINE_FORMS = ['ONLINE_PC', 'MOBILE'];

export async function render(root, ctx) {
  ctx.style('online.css');
  if (ctx.params[0]) return guide(root, ctx, ctx.params[0], ctx.params[1] === 'apply');
  const q = el('input', {type: 'search', id: 'online-q', name: 'q', autocomplete: 'off', enterkeyhint: 'search'});
  const results = el('div', {id: 'online-results', 'aria-live': 'polite'});
  const form = el('form', {class: 'card online-search', id: 'online-search', role: 'search'},
    field(ctx.t('online.search.q'), q, ctx.t('online.search.hint')),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('online.search.submit')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => search(ctx, q.value.trim(), results, true));
  });
  fill(root, el('h1', {}, ctx.t('online.title')), form, results);
  await ctx.run(() => search(ctx, '', results, false));
}

function online(item) {
  return (item.handlingForms || []).some((f) => ONLINE_FORMS.includes(f));
}

async function search(ctx, q, results, focus) {
  // Only the latest search is shown: the first (empty) one may answer after the applicant's own.
  const ticket = (results.searches = (results.searches || 0) + 1);
  const items = await ctx.api('GET', '/v1/catalog/items?limit=50' + (q ? '&q=' + encodeURIComponent(q) : ''));
  if (ticket !== results.searches) return;
  const count = el('p', {id: 'online-count', tabindex: '-1'},
    items.length ? ctx.t('online.search.found', items.length) : ctx.t('online.search.none'));
  fill(results, count, el('ul', {class: 'online-items', id: 'online-items'}, items.map((i) =>
    el('li', {class: 'card', dataset: {code: i.implementationCode}},
      el('a', {href: '#/intake/online/' + encodeURIComponent(i.implementationCode), class: 'online-guide-link'}, i.name),
      el('p', {class: 'hint'}, [i.department.name, ctx.t('online.limit', i.promisedLimitDays),
        ctx.t(online(i) ? 'online.handled.online' : 'online.handled.window')].join(' · '))))));
  results.dataset.q = q;   // which search the list answers (a screen reader's announcement, a test's wait)
  if (focus) count.focus();
}

function row(label, value, id) {
  return el('tr', {}, el('th', {scope: 'row'}, label), el('td', id ? {id} : {}, value));
}

function fee(ctx, f) {
  if (!f || !Number(f.amount)) return ctx.t('online.fee.none');
  return ctx.t('online.fee', f.amount) + (f.basis ? ' (' + f.basis + ')' : '');
}

async function guide(root, ctx, code, apply) {
  const {item} = await ctx.api('GET', '/v1/catalog/items/' + encodeURIComponent(code));
  const where = [ctx.node.name, item.department.name].concat(item.jointDepartments.map((d) => d.name)).join(' · ');
  const facts = el('table', {id: 'guide-facts'}, el('caption', {}, ctx.t('online.guide.facts')), el('tbody', {},
    row(ctx.t('item.code'), item.implementationCode),
    row(ctx.t('online.guide.applicants'), item.applicantKinds.map((k) => ctx.t('online.kind.' + k)).join('、')),
    row(ctx.t('online.guide.conditions'), item.conditions || ctx.t('online.guide.conditions.none'), 'guide-conditions'),
    row(ctx.t('online.guide.limit'), ctx.t('online.guide.limit.days', item.statutoryLimitDays, item.promisedLimitDays), 'guide-limit'),
    row(ctx.t('online.guide.fee'), fee(ctx, item.fee), 'guide-fee'),
    row(ctx.t('online.guide.where'), where, 'guide-where'),
    row(ctx.t('online.guide.forms'), item.handlingForms.map((f) => ctx.t('online.form.' + f)).join('、')),
    item.resultName ? row(ctx.t('online.guide.result'), item.resultName) : null,
    item.legalBasis ? row(ctx.t('online.guide.basis'), item.legalBasis) : null));
  const materials = el('table', {id: 'guide-materials'}, el('caption', {}, ctx.t('online.guide.materials')),
    el('thead', {}, el('tr', {}, ['checklist.code', 'checklist.name', 'checklist.requirement', 'checklist.form', 'online.guide.issuer']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, item.materials.map((m) => el('tr', {dataset: {code: m.code}},
      el('td', {}, m.code), el('td', {}, m.name), el('td', {}, ctx.t('requirement.' + m.requirement)),
      el('td', {}, ctx.t('form.' + m.form) + ' × ' + m.copies
        + (m.eCertificateType ? ' · ' + ctx.t('material.ecert.type', m.eCertificateType) : '')),
      el('td', {}, m.issuingBody || '')))));
  const next = online(item)
    ? el('a', {href: '#/intake/online/' + encodeURIComponent(code) + '/apply', class: 'button primary', id: 'online-apply-link'},
      ctx.t('online.apply'))
    : el('p', {id: 'online-window-only'}, ctx.t('online.guide.windowOnly', ctx.node.name));
  fill(root, el('h1', {}, item.name),
    el('p', {class: 'no-print'}, el('a', {href: '#/intake/online', id: 'online-back'}, ctx.t('online.back'))),
    el('section', {class: 'card online-guide', id: 'guide'}, el('h2', {}, ctx.t('online.guide')), facts, materials),
    apply && online(item) ? applicationForm(ctx, item) : el('div', {class: 'actions'}, next));
}
