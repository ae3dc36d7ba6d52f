// 好差评 online: the applicant's finished cases, the evaluation of one (一事一评) and its one follow-up (追评), and for a
// bad review the department's answer to read and rate. The invitation is found with the receipt's query code, as the
// API offers it to any applicant; everything after that goes with the invitation's code alone (applicant-code.js).
import {el, fill} from '/ui/shell/dom.js';
import {byCode, invitationPath} from './applicant-code.js';
import {levelChoice, reviewForm} from './applicant-review.js';

export async function render(root, ctx) {
  ctx.style('applicant-evaluation.css');
  if (ctx.params[0]) return one(root, ctx, ctx.params[0]);
  const [decided, delivered] = await Promise.all(['DECIDED', 'DELIVERED'].map((s) => ctx.api('GET', '/v1/cases?limit=100&status=' + s)));
  const cases = decided.concat(delivered);
  fill(root, el('h1', {}, ctx.t('applicant.title')), el('p', {}, ctx.t('applicant.intro')), cases.length
    ? el('ul', {class: 'finished', id: 'eval-cases'}, cases.map((c) => el('li', {class: 'card', dataset: {case: c.caseNumber}},
      el('a', {href: '#/evaluation/applicant/' + encodeURIComponent(c.caseNumber), class: 'eval-open'}, c.itemName),
      el('p', {class: 'hint'}, c.caseNumber + ' · ' + ctx.t('applicant.decidedOn', ctx.date(c.decidedOn))))))
    : el('p', {class: 'card', id: 'eval-none'}, ctx.t('applicant.none')));
}

async function one(root, ctx, number) {
  const kase = await ctx.api('GET', '/v1/cases/' + encodeURIComponent(number));
  const work = el('div', {id: 'eval-work', 'aria-live': 'polite'});
  fill(root, el('h1', {}, ctx.t('applicant.case', kase.itemName)),
    el('p', {}, el('a', {href: '#/evaluation/applicant', id: 'eval-back'}, ctx.t('applicant.back'))), work);
  let invitation;
  try {
    invitation = await byCode('GET', '/v1/evaluations/invitations?caseNumber=' + encodeURIComponent(number)
      + '&code=' + encodeURIComponent(kase.queryCode || ''));
  } catch (e) {
    if (e.status !== 404) throw e;
    fill(work, el('p', {class: 'card', id: 'eval-not-invited'}, ctx.t('applicant.notInvited')));
    return;
  }
  await show(ctx, invitation, work, false);
}

function about(ctx, i) {
  return el('p', {class: 'hint', id: 'eval-about'}, [i.caseNumber, i.departmentName, i.window ? ctx.t('applicant.window', i.window) : null,
    ctx.t('applicant.until', ctx.date(i.expiresOn))].filter(Boolean).join(' · '));
}

async function show(ctx, invitation, work, focus) {
  const parts = [el('section', {class: 'card', id: 'eval-invitation', dataset: {status: invitation.status}},
    el('h2', {id: 'eval-status', tabindex: '-1'}, ctx.t('invitation.' + invitation.status)), about(ctx, invitation))];
  const again = async () => show(ctx, await byCode('GET', invitationPath(invitation.code)), work, true);
  if (invitation.status === 'OPEN') {
    parts.push(reviewForm(ctx, {id: 'eval', legend: ctx.t('review.legend'), channel: channel(), anonymity: true,
      submitLabel: ctx.t('review.submit'), submit: async (review) => {
        await byCode('POST', invitationPath(invitation.code, 'evaluation'), review);
        await again();
      }}));
  } else {
    const rectification = await answerOf(invitation.code);
    if (rectification) parts.push(answer(ctx, invitation, rectification, again));
    parts.push(reviewForm(ctx, {id: 'follow-up', legend: ctx.t('followUp.legend'), channel: channel(), anonymity: true,
      submitLabel: ctx.t('followUp.submit'), submit: async (review) => {
        await byCode('POST', invitationPath(invitation.code, 'follow-up'), review);
        fill(work, el('section', {class: 'card', id: 'eval-thanks'}, el('h2', {tabindex: '-1'}, ctx.t('followUp.done'))));
        work.querySelector('h2').focus();
      }}));
  }
  fill(work, parts);
  if (focus) work.querySelector('#eval-status').focus();
}

/** The rectification of a bad review, or null: the node answers 404 when the case had none (the review was not bad). */
async function answerOf(code) {
  try {
    return await byCode('GET', invitationPath(code, 'rectification'));
  } catch (e) {
    if (e.status === 404) return null;
    throw e;
  }
}

/** The department's answer (反馈) to the applicant's bad review, and its rating once answered (once). */
function answer(ctx, invitation, r, again) {
  const rows = [['rectification.status', ctx.t('rectification.' + r.status)], ['rectification.department', r.departmentName],
    ['rectification.due', ctx.date(r.dueDate)], ['rectification.answer', r.answer || ctx.t('rectification.waiting')],
    ['rectification.rating', r.applicantRating ? ctx.t('level.' + r.applicantRating) : null]]
    .filter(([, v]) => v).map(([k, v]) => el('tr', {}, el('th', {scope: 'row'}, ctx.t(k)), el('td', {id: k.replace('.', '-')}, v)));
  const section = el('section', {class: 'card', id: 'eval-rectification', dataset: {status: r.status}},
    el('h2', {}, ctx.t('rectification.title')), el('table', {}, el('tbody', {}, rows)));
  if (r.ratable) {
    const choice = levelChoice(ctx, 'rate', ctx.t('rectification.rate'));
    const form = el('form', {id: 'rate', class: 'review-form'}, choice.element,
      el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary big', id: 'rate-submit'}, ctx.t('rectification.rate.submit'))));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      ctx.run(async () => {
        if (!choice.value()) throw new Error(ctx.t('review.level.required'));
        await byCode('POST', invitationPath(invitation.code, 'rectification-rating'), {rating: choice.value()});
        await again();
      });
    });
    section.append(form);
  }
  return section;
}

/** The channel of an online evaluation: a phone's narrow screen is MOBILE, anything else PC. */
function channel() {
  return window.matchMedia('(max-width: 640px)').matches ? 'MOBILE' : 'PC';
}
