// 申诉审核: appeals against malicious or mistaken bad reviews, the pending ones first; one appeal with the review it
// is against, and the supervisor's decision: upheld (the review leaves the statistics, its rectification is void) or
// rejected, each with its reasons. Someone other than who filed it decides; ops read.
import {el, fill, field} from '/ui/shell/dom.js';

const STATUSES = ['PENDING', 'UPHELD', 'REJECTED'];

export async function render(root, ctx) {
  ctx.style('supervisor.css');
  if (ctx.params[0]) return one(root, ctx, Number(ctx.params[0]));
  const status = el('select', {id: 'appeal-status', name: 'status'}, STATUSES.map((s) => el('option', {value: s}, ctx.t('appeal.status.' + s))),
    el('option', {value: ''}, ctx.t('appeal.all')));
  const list = el('div', {id: 'appeal-list', 'aria-live': 'polite'});
  const form = el('form', {class: 'card row no-print', id: 'appeal-filter'}, field(ctx.t('appeal.status'), status),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('stats.show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      await load(ctx, list, status.value);
      list.querySelector('table, p')?.focus();
    });
  });
  fill(root, el('h1', {}, ctx.t('appeal.title')), form, list);
  await ctx.run(() => load(ctx, list, 'PENDING'));
}

async function load(ctx, list, status) {
  const appeals = await ctx.api('GET', '/v1/evaluations/appeals?limit=500' + (status ? '&status=' + status : ''));
  if (!appeals.length) {
    fill(list, el('p', {class: 'card', id: 'appeal-none', tabindex: '-1'}, ctx.t('appeal.none')));
    return;
  }
  fill(list, el('table', {id: 'appeal-table', tabindex: '-1'}, el('caption', {}, ctx.t('appeal.count', appeals.length)),
    el('thead', {}, el('tr', {}, ['appeal.case', 'appeal.reason', 'appeal.filedBy', 'appeal.filedAt', 'appeal.status', 'appeal.decision']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, appeals.map((a) => el('tr', {dataset: {appeal: String(a.id), status: a.status, case: a.caseNumber}},
      el('td', {}, el('a', {href: '#/evaluation/appeals/' + a.id, class: 'appeal-open'}, a.caseNumber)),
      el('td', {}, a.reason), el('td', {}, a.filedBy), el('td', {}, ctx.dateTime(a.filedAt)),
      el('td', {class: 'status'}, ctx.t('appeal.status.' + a.status)), el('td', {}, a.decision || ''))))));
}

async function one(root, ctx, id) {
  const box = el('div', {id: 'appeal-work'});
  fill(root, el('h1', {}, ctx.t('appeal.one', id)), el('p', {class: 'no-print'}, el('a', {href: '#/evaluation/appeals'}, ctx.t('appeal.back'))), box);
  const appeal = await ctx.api('GET', '/v1/evaluations/appeals/' + id);
  const review = await ctx.api('GET', '/v1/evaluations/' + appeal.evaluationId);
  const show = (a) => fill(box, details(ctx, a, review), decision(ctx, a, show));
  show(appeal);
}

function details(ctx, a, e) {
  const row = (label, value) => el('tr', {}, el('th', {scope: 'row'}, label), el('td', {}, value || '—'));
  return el('section', {class: 'card', id: 'appeal-summary', tabindex: '-1', dataset: {status: a.status}},
    el('table', {class: 'facts'}, el('tbody', {},
      row(ctx.t('appeal.case'), a.caseNumber), row(ctx.t('appeal.item'), e.itemName),
      row(ctx.t('appeal.where'), [e.departmentName, e.window, e.clerk].filter(Boolean).join(' · ')),
      row(ctx.t('appeal.level'), ctx.t('level.' + e.level)), row(ctx.t('appeal.comment'), e.comment),
      row(ctx.t('appeal.evaluatedOn'), ctx.date(e.evaluatedOn) + ' · ' + ctx.t('channel.' + e.channel)),
      row(ctx.t('appeal.reason'), a.reason), row(ctx.t('appeal.filedBy'), a.filedBy + ' · ' + ctx.dateTime(a.filedAt)),
      el('tr', {id: 'appeal-status-row'}, el('th', {scope: 'row'}, ctx.t('appeal.status')), el('td', {class: 'status'}, ctx.t('appeal.status.' + a.status))),
      a.decision ? row(ctx.t('appeal.decision'), a.decision + ' · ' + a.decidedBy + ' · ' + ctx.dateTime(a.decidedAt)) : null)));
}

function decision(ctx, a, show) {
  if (a.status !== 'PENDING') return null;
  if (!(ctx.user.roles || []).includes('supervisor')) return null;
  if (a.filedBy === ctx.user.user) return el('p', {class: 'card', id: 'appeal-own'}, ctx.t('appeal.own'));
  const uphold = el('input', {type: 'radio', name: 'uphold', value: 'true', id: 'appeal-uphold', required: true});
  const reject = el('input', {type: 'radio', name: 'uphold', value: 'false', id: 'appeal-reject'});
  const text = el('textarea', {id: 'appeal-decision', name: 'decision', rows: 3, required: true, maxlength: 2000});
  const form = el('form', {class: 'card no-print', id: 'appeal-form'}, el('h2', {}, ctx.t('appeal.decide')),
    el('fieldset', {}, el('legend', {}, ctx.t('appeal.outcome')),
      el('div', {class: 'check'}, uphold, el('label', {for: uphold.id}, ctx.t('appeal.uphold'))),
      el('div', {class: 'check'}, reject, el('label', {for: reject.id}, ctx.t('appeal.reject')))),
    field(ctx.t('appeal.decision'), text, ctx.t('appeal.decision.hint')),
    el('button', {type: 'submit', class: 'primary', id: 'appeal-submit'}, ctx.t('appeal.submit')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      const decided = await ctx.api('POST', '/v1/evaluations/appeals/' + a.id + '/decision', {uphold: uphold.checked, decision: text.value.trim()});
      show(decided);
      document.getElementById('appeal-summary')?.focus();
    });
  });
  return form;
}
