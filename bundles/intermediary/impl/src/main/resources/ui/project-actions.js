// What each party does next on a project: an agency registers (with its sealed bid or proposal) and delivers; the
// owner (or supervision) runs the selection, makes the owner's choice, signs the contract, reviews the agency, cancels.
import {el, field} from '/ui/shell/dom.js';
import {API, action, amount, input, value, yuan} from './view.js';

const BIDDING = ['LOWEST_PRICE', 'BEST_PRICE', 'PROPOSAL_COMPARISON'];

function path(p, tail) {
  return API + '/projects/' + p.id + '/' + tail;
}

function registration(ctx, p, done) {
  const parts = [];
  if (BIDDING.includes(p.method)) {
    parts.push(input(ctx.t('register.bid'), 'register-bid', {type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal', required: true},
      p.budgetMin != null ? ctx.t('price.range', yuan(ctx, p.budgetMin), yuan(ctx, p.budgetMax)) : null));
  }
  if (p.method === 'PROPOSAL_COMPARISON') {
    parts.push(field(ctx.t('register.proposal'), el('textarea', {id: 'register-proposal', name: 'proposal', rows: '3', required: true})));
  }
  parts.push(el('p', {class: 'hint'}, BIDDING.includes(p.method) ? ctx.t('register.sealed') : ctx.t('register.fixed')));
  return action(ctx, 'register', ctx.t('register.title'), parts, ctx.t('register.submit'), () => ctx.api('POST', path(p, 'registrations'),
    {bid: BIDDING.includes(p.method) ? amount('register-bid') : null,
      proposal: p.method === 'PROPOSAL_COMPARISON' ? value('register-proposal') : null}), done);
}

function delivery(ctx, p, done) {
  return action(ctx, 'delivery', ctx.t('delivery.title'),
    [field(ctx.t('delivery.summary'), el('textarea', {id: 'delivery-summary', name: 'summary', rows: '3', required: true}))],
    ctx.t('delivery.submit'), () => ctx.api('POST', path(p, 'delivery'), {summary: value('delivery-summary')}), done);
}

function selection(ctx, p, done) {
  return action(ctx, 'selection', ctx.t('selection.title'), [el('p', {}, ctx.t('selection.explain.' + p.method))],
    ctx.t('selection.submit'), () => ctx.api('POST', path(p, 'selection')), done);
}

async function choice(ctx, p, done) {
  const ids = p.method === 'DIRECT' ? null : p.selection.shortlist;
  const pool = ids ? p.selection.candidates.filter((c) => ids.includes(c.agencyId)).map((c) => ({id: c.agencyId, name: c.name}))
    : (await ctx.api('GET', path(p, 'qualified'))).map((a) => ({id: a.id, name: a.name + ' · ' + a.creditGrade}));
  const pick = el('select', {id: 'choice-agency', name: 'agencyId', required: true}, pool.map((a) => el('option', {value: a.id}, a.name)));
  return action(ctx, 'choice', ctx.t('choice.title'), [field(ctx.t('choice.agency'), pick),
    input(ctx.t('choice.reason'), 'choice-reason')], ctx.t('choice.submit'),
  () => ctx.api('POST', path(p, 'choice'), {agencyId: Number(pick.value), reason: value('choice-reason')}), done);
}

function contract(ctx, p, done) {
  const agreed = p.selection && p.selection.winningBid != null && p.method !== 'PROPOSAL_COMPARISON' ? p.selection.winningBid : p.fixedPrice;
  return action(ctx, 'contract', ctx.t('contract.title'), [el('div', {class: 'row'},
    input(ctx.t('contract.number'), 'contract-number', {required: true}),
    input(ctx.t('contract.amount'), 'contract-amount', {type: 'number', min: '0.01', step: '0.01', required: true,
      value: agreed == null ? '' : Number(agreed).toFixed(2)}, agreed == null ? null : ctx.t('contract.agreed', yuan(ctx, agreed))),
    input(ctx.t('contract.signedOn'), 'contract-signed', {type: 'date'}, ctx.t('contract.signedOn.hint')))],
  ctx.t('contract.submit'), () => ctx.api('POST', path(p, 'contract'),
    {contractNumber: value('contract-number'), amount: amount('contract-amount'), signedOn: value('contract-signed')}), done);
}

function review(ctx, p, done) {
  const score = el('select', {id: 'review-score', name: 'score'}, [5, 4, 3, 2, 1].map((s) => el('option', {value: s}, ctx.t('score.' + s))));
  return action(ctx, 'review', ctx.t('review.title'), [el('div', {class: 'row'}, field(ctx.t('review.score'), score),
    input(ctx.t('review.comment'), 'review-comment'))], ctx.t('review.submit'),
  () => ctx.api('POST', path(p, 'review'), {score: Number(score.value), comment: value('review-comment')}), done);
}

function cancel(ctx, p, done) {
  const parts = [input(ctx.t('cancel.reason'), 'cancel-reason', {required: true})];
  if (p.selection) parts.push(el('p', {class: 'hint'}, ctx.t('cancel.counts')));
  return action(ctx, 'cancel', ctx.t('cancel.title'), parts, ctx.t('cancel.submit'),
    () => ctx.api('POST', path(p, 'cancel'), {reason: value('cancel-reason')}), done);
}

/**
 * The forms for the viewer's next steps: as an agency (mine: its agency, registered: whether it has registered), as
 * the project's owner or a supervisor (runs: whether the viewer may run the selection).
 */
export async function projectActions(ctx, p, who, done) {
  const parts = [];
  if (who.agency) {
    if (p.status === 'OPEN' && p.registrations === null && !who.registered) parts.push(registration(ctx, p, done));
    if (p.status === 'CONTRACTED' && p.winnerAgencyId === who.agency.id) parts.push(delivery(ctx, p, done));
  }
  if (who.runs) {
    if (p.status === 'OPEN' && p.registrations !== null) parts.push(selection(ctx, p, done));
    if (p.status === 'AWAITING_CHOICE') parts.push(await choice(ctx, p, done));
    if (p.status === 'SELECTED') parts.push(contract(ctx, p, done));
    if (p.status === 'DELIVERED') parts.push(review(ctx, p, done));
    if (['OPEN', 'AWAITING_CHOICE', 'SELECTED'].includes(p.status)) parts.push(cancel(ctx, p, done));
  }
  return el('div', {id: 'next'}, parts);
}
