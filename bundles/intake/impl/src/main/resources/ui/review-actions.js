// What a reviewer does with a case: decide for their department (APPROVE, RETURN to the window, REJECT — 不予许可 with
// reasons and legal basis), stop the clock for a special procedure and resume it, extend the time limit (延期), and
// record what a decided case issued (办结结果).
import {el, field} from '/ui/shell/dom.js';

const PROCEDURES = ['HEARING', 'TESTING', 'INSPECTION', 'EXPERT_REVIEW', 'QUARANTINE', 'OTHER'];

function path(c, tail) {
  return '/v1/cases/' + encodeURIComponent(c.caseNumber) + '/' + tail;
}

function text(id, rows) {
  return rows ? el('textarea', {name: id, id, rows: String(rows)}) : el('input', {name: id, id, autocomplete: 'off'});
}

/** A form whose submission runs one call and shows the case it answers; an Error thrown before the call is shown too. */
function action(ctx, id, title, children, submitLabel, run, done) {
  const form = el('form', {class: 'card no-print', id, novalidate: true}, el('h2', {}, title), children,
    el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary', id: id + '-submit'}, submitLabel)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      const next = await run();
      if (next) {
        await done(next);
        const summary = document.querySelector('#review-summary h2');
        if (summary) {
          summary.setAttribute('tabindex', '-1');
          summary.focus();
        }
      }
    });
  });
  return form;
}

function decision(ctx, c, department, done) {
  const choice = el('fieldset', {class: 'choices'}, el('legend', {}, ctx.t('review.decision')),
    ['APPROVE', 'RETURN', 'REJECT'].map((d, i) => el('div', {class: 'check'},
      el('input', {type: 'radio', name: 'decision', id: 'decision-' + d, value: d, checked: i === 0}),
      el('label', {for: 'decision-' + d}, ctx.t('decision.' + d)))));
  const opinion = text('review-opinion', 3);
  const basis = text('review-legal-basis', 2);
  const basisField = field(ctx.t('review.legalBasis'), basis, ctx.t('review.legalBasis.hint'));
  const opinionField = field(ctx.t('review.opinion'), opinion, ctx.t('review.opinion.hint.APPROVE'));
  const picked = () => choice.querySelector('input:checked').value;
  const update = () => {
    basisField.hidden = picked() !== 'REJECT';
    opinionField.querySelector('.hint').textContent = ctx.t('review.opinion.hint.' + picked());
  };
  choice.addEventListener('change', update);
  update();
  const step = c.reviewSteps.find((s) => s.status === 'PENDING' && s.departmentCode === department);
  return action(ctx, 'review', ctx.t('review.decide', step.departmentName || department), [choice, opinionField, basisField], ctx.t('review.submit'),
    () => {
      const d = picked();
      if (d !== 'APPROVE' && !opinion.value.trim()) throw new Error(ctx.t('review.opinion.required.' + d));
      return ctx.api('POST', path(c, 'reviews'), {department, decision: d, opinion: opinion.value.trim() || null,
        legalBasis: d === 'REJECT' ? basis.value.trim() || null : null});
    }, done);
}

function suspension(ctx, c, done) {
  const procedure = el('select', {name: 'procedure', id: 'suspension-procedure'},
    PROCEDURES.map((p) => el('option', {value: p}, ctx.t('procedure.' + p))));
  const reason = text('suspension-reason', 2);
  return action(ctx, 'suspension', ctx.t('review.suspend'), [field(ctx.t('review.procedure'), procedure),
    field(ctx.t('review.reason'), reason)], ctx.t('review.suspend.submit'),
  () => ctx.api('POST', path(c, 'suspensions'), {procedure: procedure.value, reason: reason.value.trim()}), done);
}

function resumption(ctx, c, done) {
  return action(ctx, 'resumption', ctx.t('review.resume'), [el('p', {}, ctx.t('review.resume.text', ctx.date(c.timeBudget.suspendedSince)))],
    ctx.t('review.resume.submit'), () => ctx.api('POST', path(c, 'resumption')), done);
}

function extension(ctx, c, done) {
  const days = el('input', {name: 'days', id: 'extension-days', type: 'number', min: '1', step: '1', inputmode: 'numeric'});
  const reason = text('extension-reason', 2);
  return action(ctx, 'extension', ctx.t('review.extend'), [el('div', {class: 'row'},
    field(ctx.t('review.extension.daysLabel'), days, ctx.t('review.extension.hint', c.timeBudget ? c.timeBudget.extensionDays : 0)),
    field(ctx.t('review.reason'), reason))], ctx.t('review.extend.submit'),
  () => ctx.api('POST', path(c, 'extensions'), {days: days.value ? Number(days.value) : null, reason: reason.value.trim()}), done);
}

function result(ctx, c, done) {
  const name = text('result-name');
  const number = text('result-number');
  const ecert = text('result-ecert');
  return action(ctx, 'result', ctx.t('review.result'), [el('div', {class: 'row'},
    field(ctx.t('review.result.name'), name, c.outcome === 'APPROVED' ? ctx.t('review.result.name.hint') : null),
    field(ctx.t('review.result.number'), number), field(ctx.t('review.result.ecert'), ecert))], ctx.t('review.result.submit'),
  () => ctx.api('POST', path(c, 'result'), {documentName: name.value.trim() || null, documentNumber: number.value.trim() || null,
    eCertificateRef: ecert.value.trim() || null}), done);
}

/** The reviewer's forms for the case as it stands; a line saying so when there is nothing for them to do. */
export function reviewActions(ctx, c, department, done) {
  const parts = [];
  const running = c.status === 'DISPATCHED' || c.status === 'UNDER_REVIEW';
  const suspended = Boolean(c.timeBudget && c.timeBudget.suspendedSince);
  const pending = c.reviewSteps.some((s) => s.status === 'PENDING' && s.departmentCode === department);
  if (running && suspended) parts.push(resumption(ctx, c, done));
  if (running && !suspended && pending) parts.push(decision(ctx, c, department, done));
  if (running && !suspended) parts.push(suspension(ctx, c, done));
  if (running) parts.push(extension(ctx, c, done));
  if (c.status === 'DECIDED' && !c.result) parts.push(result(ctx, c, done));
  if (!parts.length) parts.push(el('p', {class: 'card', id: 'review-nothing'}, ctx.t('review.nothing')));
  return el('div', {id: 'review-next'}, parts);
}
