// The hall tablet at a window (评价器): after service the window's tablet asks for the case's invitation (its account,
// role tablet, is the one given the code), puts the five levels in front of the applicant as large buttons, and the
// applicant's review goes with that code alone. Then it is ready for the next applicant.
import {el, fill, field} from '/ui/shell/dom.js';
import {byCode, invitationPath} from './applicant-code.js';
import {reviewForm} from './applicant-review.js';

export async function render(root, ctx) {
  ctx.style('applicant-evaluation.css');
  const work = el('div', {id: 'tablet-work', 'aria-live': 'polite'});
  fill(root, el('div', {class: 'tablet'}, el('h1', {}, ctx.t('tablet.title')), work));
  if (ctx.params[0]) await ctx.run(() => start(ctx, ctx.params[0], work));
  else ask(ctx, work, false);
}

/** The case to evaluate: its number as the window calls it out or as the receipt's barcode scans into the field. */
function ask(ctx, work, focus) {
  const number = el('input', {id: 'tablet-case', name: 'caseNumber', autocomplete: 'off', spellcheck: 'false',
    autocapitalize: 'characters', inputmode: 'text', required: true});
  const form = el('form', {class: 'card tablet-start', id: 'tablet-find'}, field(ctx.t('tablet.case'), number, ctx.t('tablet.case.hint')),
    el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary big', id: 'tablet-start'}, ctx.t('tablet.start'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => start(ctx, number.value.trim(), work));
  });
  fill(work, form);
  if (focus) number.focus();
}

async function start(ctx, caseNumber, work) {
  if (!caseNumber) throw new Error(ctx.t('tablet.case.required'));
  const invitation = await ctx.api('POST', '/v1/evaluations/invitations', {caseNumber});
  if (invitation.status !== 'OPEN' || !invitation.code) {
    fill(work, el('section', {class: 'card', id: 'tablet-closed'}, el('h2', {tabindex: '-1'}, ctx.t('invitation.' + invitation.status)),
      next(ctx, work)));
    work.querySelector('h2').focus();
    return;
  }
  fill(work, el('section', {class: 'card tablet-about', id: 'tablet-invitation', dataset: {case: invitation.caseNumber}},
    el('h2', {}, ctx.t('tablet.please')),
    el('p', {}, [invitation.itemName, invitation.departmentName, invitation.window ? ctx.t('applicant.window', invitation.window) : null]
      .filter(Boolean).join(' · '))),
  reviewForm(ctx, {id: 'tablet', legend: ctx.t('review.legend'), channel: 'HALL_TABLET', anonymity: true,
    submitLabel: ctx.t('review.submit'), submit: async (review) => {
      await byCode('POST', invitationPath(invitation.code, 'evaluation'), review);
      fill(work, el('section', {class: 'card tablet-thanks', id: 'tablet-thanks'}, el('h2', {tabindex: '-1'}, ctx.t('tablet.thanks')),
        el('p', {}, ctx.t('tablet.thanks.text')), next(ctx, work)));
      work.querySelector('h2').focus();
    }}));
  work.querySelector('input.level-input').focus();
}

function next(ctx, work) {
  return el('div', {class: 'actions'}, el('button', {type: 'button', class: 'big', id: 'tablet-next',
    onclick: () => { ctx.clearAlert(); ask(ctx, work, true); }}, ctx.t('tablet.next')));
}
