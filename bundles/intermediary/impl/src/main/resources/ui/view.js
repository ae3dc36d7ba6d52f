// Pieces every marketplace page shows the same way: amounts, grades, statuses, a project's facts, and a form that runs
// one call of the API and hands its answer on.
import {el, field} from '/ui/shell/dom.js';

export const API = '/v1/intermediary';

export const METHODS = ['RANDOM_DRAW', 'LOWEST_PRICE', 'BEST_PRICE', 'CREDIT_SHORTLIST', 'PROPOSAL_COMPARISON', 'DIRECT'];

/** An amount in yuan, two decimals ('' when none). */
export function yuan(ctx, amount) {
  if (amount === null || amount === undefined) return '';
  return ctx.t('yuan', Number(amount).toLocaleString(ctx.language === 'en' ? 'en-GB' : 'zh-CN',
    {minimumFractionDigits: 2, maximumFractionDigits: 2}));
}

export function grade(agency) {
  return el('span', {class: 'grade grade-' + agency.creditGrade}, agency.creditGrade);
}

/** The project's price terms: a fixed price, or the range bids must fall in. */
export function price(ctx, p) {
  if (p.fixedPrice !== null && p.fixedPrice !== undefined) return ctx.t('price.fixed', yuan(ctx, p.fixedPrice));
  if (p.budgetMin !== null && p.budgetMin !== undefined) return ctx.t('price.range', yuan(ctx, p.budgetMin), yuan(ctx, p.budgetMax));
  return ctx.t('price.none');
}

/** A two-column table of label/value rows (rows whose value is empty are left out). */
export function facts(id, rows) {
  return el('table', {class: 'facts', id}, el('tbody', {}, rows.filter(([, v]) => v !== '' && v !== null && v !== undefined)
    .map(([k, v, key]) => el('tr', {dataset: key ? {fact: key} : {}}, el('th', {scope: 'row'}, k), el('td', {}, v)))));
}

/** What the public reads about a project. */
export function projectFacts(ctx, p) {
  return facts('project-facts', [
    [ctx.t('project.code'), p.code],
    [ctx.t('project.status'), el('span', {class: 'status', id: 'project-status', tabindex: '-1', dataset: {status: p.status}}, ctx.t('status.' + p.status))],
    [ctx.t('project.service'), p.serviceName + ' (' + p.serviceCode + ')'],
    [ctx.t('project.owner'), p.ownerName + ' · ' + ctx.maskId(p.ownerCreditCode)],
    [ctx.t('project.scope'), p.scope],
    [ctx.t('project.method'), ctx.t('method.' + p.method)],
    [ctx.t('project.price'), price(ctx, p)],
    [ctx.t('project.limit'), ctx.t('days', p.timeLimitDays)],
    [ctx.t('project.grade'), p.minimumGrade ? ctx.t('grade.atLeast', p.minimumGrade) : ctx.t('grade.any')],
    [ctx.t('project.area'), p.areaCode],
    [ctx.t('project.funds'), p.publicFunds ? ctx.t('yes') : ctx.t('no')],
    [ctx.t('project.published'), ctx.dateTime(p.publishedAt)],
    [ctx.t('project.closes'), ctx.dateTime(p.registrationCloses)],
    [ctx.t('project.registrations'), p.registrations === null ? ctx.t('project.sealed') : String(p.registrations)],
    [ctx.t('project.commitment'), el('span', {class: 'hash'}, p.seedCommitment)],
    [ctx.t('project.rules'), el('span', {class: 'hash'}, p.rulesVersion || '')],
    [ctx.t('project.relaunch'), p.relaunchOf ? el('a', {href: '#/intermediary/market/' + p.relaunchOf}, ctx.t('project.relaunchOf', p.relaunchOf)) : ''],
    [ctx.t('project.cancelled'), p.cancellation ? ctx.t(p.cancellation.afterSelection ? 'cancel.after' : 'cancel.before',
      ctx.dateTime(p.cancellation.at), p.cancellation.reason) : ''],
  ]);
}

/**
 * A card with a form: its title, its fields, a submit button (id {id}-submit); on submit (Enter too) runs the call
 * through ctx.run and hands the answer to done.
 */
export function action(ctx, id, title, children, submitLabel, call, done) {
  const form = el('form', {class: 'card', id}, el('h2', {}, title), children,
    el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary', id: id + '-submit'}, submitLabel)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      const answer = await call();
      if (answer !== undefined) await done(answer);
    });
  });
  return form;
}

/** A labelled input with a stable id. */
export function input(label, id, attrs = {}, hint) {
  return field(label, el('input', {id, name: id, autocomplete: 'off', ...attrs}), hint);
}

/** A number from an input, or null when it is empty. */
export function amount(id) {
  const v = document.getElementById(id).value.trim();
  return v === '' ? null : Number(v);
}

export function value(id) {
  const v = document.getElementById(id).value.trim();
  return v === '' ? null : v;
}

/** Whether the signed-in user has the role. */
export function has(ctx, role) {
  return (ctx.user.roles || []).includes(role);
}
