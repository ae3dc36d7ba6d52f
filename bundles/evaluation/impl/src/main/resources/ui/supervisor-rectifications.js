// 差评整改: the rectification tasks bad reviews opened (the earliest due first), and one task: the review it answers,
// what the department recorded, the next step (核实, 整改, 反馈, 回访) and closing it. Reviewers see and work their
// departments' tasks, supervisors every task of the node; ops read.
import {el, fill, field} from '/ui/shell/dom.js';

const STATUSES = ['OPEN', 'VERIFIED', 'RECTIFIED', 'ANSWERED', 'CLOSED', 'VOID'];
const RECORDED = [['VERIFY', 'verification'], ['RECTIFY', 'measures'], ['ANSWER', 'answer'], ['CALL_BACK', 'callBack']];

export async function render(root, ctx) {
  ctx.style('supervisor.css');
  if (ctx.params[0]) return one(root, ctx, ctx.params[0]);
  const status = el('select', {id: 'rect-status', name: 'status'}, el('option', {value: ''}, ctx.t('rect.undone')),
    STATUSES.map((s) => el('option', {value: s}, ctx.t('rect.status.' + s))), el('option', {value: '*'}, ctx.t('rect.every')));
  const list = el('div', {id: 'rect-list', 'aria-live': 'polite'});
  const form = el('form', {class: 'card row no-print', id: 'rect-filter'}, field(ctx.t('rect.status'), status),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('stats.show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      await load(ctx, list, status.value);
      list.querySelector('table, p')?.focus();
    });
  });
  fill(root, el('h1', {}, ctx.t('rect.title')), form, list);
  await ctx.run(() => load(ctx, list, ''));
}

/** '' the tasks still to do, '*' every task, else one status. */
async function load(ctx, list, status) {
  const found = await ctx.api('GET', '/v1/evaluations/rectifications?limit=500' + (status && status !== '*' ? '&status=' + status : ''));
  const tasks = status ? found : found.filter((r) => r.status !== 'CLOSED' && r.status !== 'VOID');
  if (!tasks.length) {
    fill(list, el('p', {class: 'card', tabindex: '-1'}, ctx.t('rect.none')));
    return;
  }
  const today = new Date().toLocaleDateString('sv', {timeZone: ctx.zone});
  fill(list, el('table', {id: 'rect-table', tabindex: '-1'}, el('caption', {}, ctx.t('rect.count', tasks.length)),
    el('thead', {}, el('tr', {}, ['rect.case', 'rect.department', 'rect.status', 'rect.opened', 'rect.due', 'rect.named']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, tasks.map((r) => el('tr', {dataset: {rectification: String(r.id), status: r.status, case: r.caseNumber}},
      el('td', {}, el('a', {href: '#/evaluation/rectifications/' + r.id, class: 'rect-open'}, r.caseNumber)),
      el('td', {}, r.departmentName || r.departmentCode), el('td', {class: 'status'}, ctx.t('rect.status.' + r.status)),
      el('td', {}, ctx.date(r.openedOn)),
      el('td', {class: !r.closedOn && r.dueDate < today ? 'due-over' : ''}, ctx.date(r.dueDate),
        r.dueProvisional ? el('span', {class: 'hint'}, ctx.t('rect.provisional')) : null),
      el('td', {}, ctx.t(r.named ? 'rect.named.yes' : 'rect.named.no')))))));
}

async function one(root, ctx, id) {
  const box = el('div', {id: 'rect-work'});
  fill(root, el('h1', {}, ctx.t('rect.one', id)), el('p', {class: 'no-print'}, el('a', {href: '#/evaluation/rectifications'}, ctx.t('rect.back'))), box);
  const task = await ctx.api('GET', '/v1/evaluations/rectifications/' + encodeURIComponent(id));
  const review = await ctx.api('GET', '/v1/evaluations/' + task.evaluationId).catch(() => null);
  const show = (r) => fill(box, details(ctx, r, review), actions(ctx, r, show));
  show(task);
}

function details(ctx, r, review) {
  const row = (label, value, attrs = {}) => el('tr', attrs, el('th', {scope: 'row'}, label), el('td', {}, value || '—'));
  return el('section', {class: 'card', id: 'rect-summary', tabindex: '-1', dataset: {status: r.status}},
    el('table', {class: 'facts'}, el('tbody', {},
      row(ctx.t('rect.case'), r.caseNumber), row(ctx.t('rect.department'), r.departmentName || r.departmentCode),
      row(ctx.t('rect.status'), ctx.t('rect.status.' + r.status), {id: 'rect-status-row'}),
      row(ctx.t('rect.opened'), ctx.date(r.openedOn)), row(ctx.t('rect.due'), ctx.date(r.dueDate)),
      review ? row(ctx.t('rect.review'), ctx.t('level.' + review.level) + (review.comment ? '：' + review.comment : '')) : null,
      row(ctx.t('rect.named'), ctx.t(r.named ? 'rect.named.yes' : 'rect.named.no')),
      RECORDED.map(([step, fieldName]) => row(ctx.t('rect.step.' + step), r[fieldName], {dataset: {step}})),
      r.applicantRating ? row(ctx.t('rect.rating'), ctx.t('level.' + r.applicantRating)) : null,
      r.closedOn ? row(ctx.t('rect.closed'), ctx.date(r.closedOn) + ' · ' + (r.closedBy || '')) : null)));
}

/** The steps the task's state allows now, as the service orders them. */
function nextSteps(r) {
  if (r.status === 'CLOSED' || r.status === 'VOID') return [];
  const steps = {OPEN: ['VERIFY'], VERIFIED: ['RECTIFY', 'ANSWER'], RECTIFIED: ['ANSWER'], ANSWERED: []}[r.status] || [];
  return [...steps, 'CALL_BACK'];
}

function actions(ctx, r, show) {
  const roles = ctx.user.roles || [];
  const steps = nextSteps(r);
  if (!roles.includes('reviewer') && !roles.includes('supervisor')) return null;
  if (!steps.length) return el('p', {class: 'card', id: 'rect-done'}, ctx.t('rect.done'));
  const step = el('select', {id: 'rect-step', name: 'step'}, steps.map((s) => el('option', {value: s}, ctx.t('rect.step.' + s))));
  const text = el('textarea', {id: 'rect-text', name: 'text', rows: 3, required: true, maxlength: 2000});
  const form = el('form', {class: 'card no-print', id: 'rect-form'}, el('h2', {}, ctx.t('rect.record')),
    field(ctx.t('rect.step'), step), field(ctx.t('rect.text'), text, ctx.t('rect.text.hint')),
    el('button', {type: 'submit', class: 'primary', id: 'rect-submit'}, ctx.t('rect.submit')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      show(await ctx.api('POST', '/v1/evaluations/rectifications/' + r.id + '/steps', {step: step.value, text: text.value.trim()}));
      document.getElementById('rect-summary')?.focus();
    });
  });
  const close = r.status === 'ANSWERED' ? el('button', {type: 'button', id: 'rect-close', onclick: () => ctx.run(async () => {
    show(await ctx.api('POST', '/v1/evaluations/rectifications/' + r.id + '/close'));
  })}, ctx.t('rect.close')) : null;
  return el('div', {}, form, close ? el('div', {class: 'actions no-print'}, close,
    r.named && !r.callBack ? el('span', {class: 'hint'}, ctx.t('rect.callback.first')) : null) : null);
}
