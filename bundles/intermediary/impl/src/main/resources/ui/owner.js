// 发布项目: an owner (an applicant in their own name, or a clerk at the window for an owner) posts a need to the
// marketplace, and finds its own projects to run their selection, contract and review.
import {el, fill, field} from '/ui/shell/dom.js';
import {API, METHODS, action, amount, input, value} from './view.js';
import {projectTable} from './market.js';

const FIXED = ['RANDOM_DRAW', 'CREDIT_SHORTLIST', 'DIRECT'];

/** Ten days from now at 17:00 in the node's zone, as "YYYY-MM-DD HH:mm": past the minimum of five working days. */
function defaultClose(ctx) {
  const day = new Date(Date.now() + 10 * 86400000).toLocaleDateString('sv', {timeZone: ctx.zone});
  return day + ' 17:00';
}

/** "YYYY-MM-DD HH:mm" in the node's zone (China Standard Time, no daylight saving) as an instant. */
function instant(text) {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec((text || '').trim());
  return m ? new Date(m[1] + 'T' + m[2] + ':00+08:00').toISOString() : text;
}

function postForm(ctx, services, done) {
  const method = el('select', {id: 'post-method', name: 'method'}, METHODS.map((m) => el('option', {value: m}, ctx.t('method.' + m))));
  const fixed = el('div', {class: 'row', id: 'post-fixed'}, input(ctx.t('post.fixedPrice'), 'post-fixed-price',
    {type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal'}));
  const range = el('div', {class: 'row', id: 'post-range', hidden: true},
    input(ctx.t('post.budgetMin'), 'post-budget-min', {type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal'}),
    input(ctx.t('post.budgetMax'), 'post-budget-max', {type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal'}));
  const sync = () => {
    fixed.hidden = !FIXED.includes(method.value);
    range.hidden = FIXED.includes(method.value) || method.value === 'PROPOSAL_COMPARISON';
  };
  method.addEventListener('change', sync);
  const gradeSelect = el('select', {id: 'post-grade'}, ['', 'A', 'B', 'C', 'D'].map((g) => el('option', {value: g},
    g ? ctx.t('grade.atLeast', g) : ctx.t('grade.any'))));
  const funds = el('input', {type: 'checkbox', id: 'post-public', checked: true});
  return action(ctx, 'post', ctx.t('post.title'), [
    el('div', {class: 'row'}, field(ctx.t('project.service'), el('select', {id: 'post-service'},
      services.map((s) => el('option', {value: s.code}, s.code + ' ' + s.name)))), input(ctx.t('project.title'), 'post-title', {required: true})),
    field(ctx.t('project.scope'), el('textarea', {id: 'post-scope', rows: '2', required: true})),
    el('div', {class: 'row'}, input(ctx.t('post.ownerName'), 'post-owner-name', {required: true}),
      input(ctx.t('post.ownerCode'), 'post-owner-code', {required: true, maxlength: '18'}, ctx.t('post.ownerCode.hint')),
      input(ctx.t('project.area'), 'post-area', {required: true, value: ctx.node.divisionCode, inputmode: 'numeric'})),
    el('div', {class: 'row'}, field(ctx.t('project.method'), method), field(ctx.t('project.grade'), gradeSelect),
      input(ctx.t('post.limit'), 'post-limit', {type: 'number', min: '1', value: '10', required: true})),
    fixed, range,
    el('div', {class: 'row'}, input(ctx.t('project.closes'), 'post-closes', {value: defaultClose(ctx), required: true}, ctx.t('post.closes.hint')),
      el('div', {class: 'field check'}, funds, el('label', {for: 'post-public'}, ctx.t('project.funds'))))],
  ctx.t('post.submit'), () => ctx.api('POST', API + '/projects', {
    serviceCode: value('post-service'), title: value('post-title'), scope: value('post-scope'), ownerName: value('post-owner-name'),
    ownerCreditCode: value('post-owner-code'), areaCode: value('post-area'), method: method.value, minimumGrade: gradeSelect.value || null,
    timeLimitDays: Number(value('post-limit') || 0), fixedPrice: fixed.hidden ? null : amount('post-fixed-price'),
    budgetMin: range.hidden ? null : amount('post-budget-min'), budgetMax: range.hidden ? null : amount('post-budget-max'),
    registrationCloses: method.value === 'DIRECT' ? null : instant(value('post-closes')), publicFunds: funds.checked}), done);
}

export async function render(root, ctx) {
  ctx.style('market.css');
  const [services, mine] = await Promise.all([ctx.api('GET', API + '/services'), ctx.api('GET', API + '/projects/mine')]);
  fill(root, el('h1', {}, ctx.t('owner.title')),
    postForm(ctx, services, async (p) => ctx.navigate('intermediary/market/' + p.id)),
    el('h2', {}, ctx.t('owner.mine')),
    mine.length ? projectTable(ctx, 'owner-projects', mine) : el('p', {class: 'card', id: 'owner-none'}, ctx.t('projects.none')));
}
