// 我的办件: the applicant's own applications (GET /v1/cases answers an applicant's account only its identity's), each
// with its status, promised date, the one-time deficiency notice to supplement (补正), what was tolerated (容缺后补),
// the decision and result; a finished case links to its evaluation (好差评) when the node runs evaluation.
import {el, fill} from '/ui/shell/dom.js';
import {materialPicker, readPickers, fromLabel} from './online-materials.js';

const FINISHED = ['DECIDED', 'DELIVERED'];

export async function render(root, ctx) {
  ctx.style('online.css');
  if (ctx.params[0]) return one(root, ctx, ctx.params[0]);
  const cases = await ctx.api('GET', '/v1/cases?limit=100');
  const body = cases.length ? el('table', {id: 'mine-table'},
    el('caption', {}, ctx.t('online.mine.count', cases.length)),
    el('thead', {}, el('tr', {}, ['case.number', 'case.item', 'case.status', 'case.promisedDate', 'online.mine.todo']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, cases.map((c) => el('tr', {dataset: {case: c.caseNumber, status: c.status}},
      el('td', {}, el('a', {href: '#/intake/mine/' + encodeURIComponent(c.caseNumber), class: 'mine-open'}, c.caseNumber)),
      el('td', {}, c.itemName), el('td', {class: 'status'}, ctx.t('status.' + c.status)),
      el('td', {}, ctx.date(c.promisedDate)), el('td', {}, todo(ctx, c))))))
    : el('p', {class: 'card', id: 'mine-none'}, ctx.t('online.mine.none'));
  fill(root, el('h1', {}, ctx.t('online.mine.title')), body);
}

function todo(ctx, c) {
  if (c.status === 'DEFICIENT') return ctx.t('online.todo.supplement');
  if (c.toleratedMaterials.length && !FINISHED.includes(c.status)) return ctx.t('online.todo.tolerated', ctx.date(c.toleranceDue));
  if (FINISHED.includes(c.status) && evaluates(ctx)) return ctx.t('online.todo.evaluate');
  return '';
}

/** Whether this node runs 好差评 (tongban-evaluation), whose pages evaluate a finished case. */
function evaluates(ctx) {
  return (ctx.node.capabilities || []).includes('tongban-evaluation');
}

function row(label, value, id) {
  return value === undefined || value === null || value === '' ? null
    : el('tr', {}, el('th', {scope: 'row'}, label), el('td', id ? {id} : {}, value));
}

async function one(root, ctx, number) {
  const view = await ctx.api('GET', '/v1/cases/' + encodeURIComponent(number));
  const work = el('div', {id: 'mine-work'});
  fill(root, el('h1', {}, ctx.t('case.title', view.caseNumber)),
    el('p', {}, el('a', {href: '#/intake/mine', id: 'mine-back'}, ctx.t('online.mine.back'))), work);
  show(ctx, view, work, false);
}

function show(ctx, c, work, focus) {
  const result = c.result ? [c.result.documentName, c.result.documentNumber].filter(Boolean).join(' ') : null;
  fill(work, el('section', {class: 'card', id: 'mine-case', dataset: {status: c.status, case: c.caseNumber}, 'aria-live': 'polite'},
    el('h2', {id: 'mine-status', tabindex: '-1'}, ctx.t('status.' + c.status)),
    el('table', {}, el('tbody', {},
      row(ctx.t('case.item'), c.itemName), row(ctx.t('case.applicant'), c.applicantName),
      row(ctx.t('case.applicantId'), ctx.maskId(c.applicantIdMasked)), row(ctx.t('case.channel'), ctx.t('channel.' + c.channel)),
      row(ctx.t('case.acceptedOn'), ctx.date(c.acceptedOn)), row(ctx.t('case.promisedDate'), ctx.date(c.promisedDate), 'mine-promised'),
      row(ctx.t('case.queryCode'), c.queryCode, 'mine-query-code'),
      c.outcome ? row(ctx.t('online.mine.outcome'), ctx.t('outcome.' + c.outcome), 'mine-outcome') : null,
      row(ctx.t('review.decidedOn'), ctx.date(c.decidedOn)), row(ctx.t('case.result'), result, 'mine-result'),
      c.delivery ? row(ctx.t('case.delivery'), ctx.t('delivery.' + c.delivery.method)) : null,
      row(ctx.t('refusal.reason'), c.refusalReason, 'mine-refusal'),
      c.refusalDecision ? row(ctx.t('review.refusal'), [c.refusalDecision.reasons, c.refusalDecision.legalBasis].filter(Boolean).join(' · ')) : null)),
    (c.notices || []).length ? el('ul', {class: 'notices', id: 'mine-notices'}, c.notices.map((n) => el('li', {}, n.text))) : null),
  c.status === 'DEFICIENT' ? deficiency(ctx, c, work) : null,
  c.toleratedMaterials.length && !FINISHED.includes(c.status) && c.status !== 'DEFICIENT' ? tolerated(ctx, c, work) : null,
  FINISHED.includes(c.status) && evaluates(ctx) ? el('p', {class: 'actions'}, el('a', {class: 'button primary', id: 'mine-evaluate',
    href: '#/evaluation/applicant/' + encodeURIComponent(c.caseNumber)}, ctx.t('online.mine.evaluate'))) : null,
  c.materials.length ? el('section', {class: 'card', id: 'mine-materials'}, el('h2', {}, ctx.t('online.mine.materials')),
    el('ul', {}, c.materials.map((m) => el('li', {}, m.code + ' ' + (m.name || '') + ' · '
      + (m.eCertificateRef ? ctx.t('review.ecert', m.eCertificateRef) : m.fileName || m.fileRef || ''))))) : null);
  if (focus) work.querySelector('#mine-status').focus();
}

/** The one-time deficiency notice (一次性告知) and its supplement (补正): every missing material in one go. */
function deficiency(ctx, c, work) {
  return supplementForm(ctx, c, work, 'mine-supplement', ctx.t('doc.deficiency'), ctx.t('doc.deficiency.text'),
    c.missingMaterials, 'mine-missing');
}

/** Materials accepted as tolerated (容缺受理), due by their deadline. */
function tolerated(ctx, c, work) {
  return supplementForm(ctx, c, work, 'mine-tolerated', ctx.t('online.tolerated.title'),
    ctx.t('case.tolerated', ctx.date(c.toleranceDue)), c.toleratedMaterials, 'mine-tolerated-list');
}

function supplementForm(ctx, c, work, id, title, text, labels, listId) {
  const pickers = labels.map((label) => materialPicker(ctx, fromLabel(label)));
  const form = el('form', {class: 'card online-form', id, novalidate: true}, el('h2', {}, title), el('p', {}, text),
    el('ol', {id: listId}, labels.map((m) => el('li', {}, m))), pickers.map((p) => p.element),
    el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary', id: id + '-submit'}, ctx.t('supplement.submit'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      const materials = await readPickers(pickers);
      if (!materials.length) throw new Error(ctx.t('supplement.none'));
      const next = await ctx.api('POST', '/v1/cases/' + encodeURIComponent(c.caseNumber) + '/supplement', {materials});
      show(ctx, next, work, true);
    });
  });
  return form;
}
