// 后台审批: the reviewer's queue — the open review steps of each of the reviewer's departments, green-channel cases
// first and then the oldest promised date, with supervision's card (红黄牌) when one is open; and one case.
import {el, fill, field} from '/ui/shell/dom.js';
import {reviewCase} from './review-case.js';

const COLOURS = ['WARNING', 'YELLOW', 'RED'];

export async function render(root, ctx) {
  ctx.style('intake.css');
  if (ctx.params[0]) return reviewCase(root, ctx, ctx.params[0], ctx.params[1] || null);
  const departments = ctx.user.departments || [];
  const choice = el('select', {name: 'department', id: 'review-department'},
    el('option', {value: ''}, ctx.t('reviews.all', departments.length)), departments.map((d) => el('option', {value: d}, d)));
  const list = el('div', {id: 'review-queue', 'aria-live': 'polite'});
  const filter = el('form', {class: 'card row no-print', id: 'review-filter'}, field(ctx.t('reviews.department'), choice),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('queue.show')));
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => load(ctx, choice.value ? [choice.value] : departments, list));
  });
  fill(root, el('h1', {}, ctx.t('reviews.title')), filter, list);
  if (!departments.length) {
    fill(list, el('p', {class: 'card'}, ctx.t('reviews.nodepartment')));
    return;
  }
  await ctx.run(() => load(ctx, departments, list));
}

/** Supervision's open cards of the departments by case and department, the worst colour kept; none if unreadable. */
async function cards(ctx, departments) {
  const byStep = new Map();
  const lists = await Promise.all(departments.map((d) =>
    ctx.api('GET', '/v1/supervision/cards?department=' + encodeURIComponent(d)).catch(() => [])));
  for (const card of lists.flat()) {
    const key = card.caseNumber + '|' + card.departmentCode;
    const before = byStep.get(key);
    if (!before || COLOURS.indexOf(card.colour) > COLOURS.indexOf(before.colour)) byStep.set(key, card);
  }
  return byStep;
}

/** The steps of every department named, in one list: green channel first, then the oldest promised date. */
async function load(ctx, departments, list) {
  const [queues, byStep] = await Promise.all([
    Promise.all(departments.map((d) => ctx.api('GET', '/v1/reviews?department=' + encodeURIComponent(d)))), cards(ctx, departments)]);
  const tasks = queues.flat().sort((a, b) => (b.priority - a.priority)
    || String(a.kase.promisedDate || '9999').localeCompare(String(b.kase.promisedDate || '9999')));
  if (!tasks.length) {
    fill(list, el('p', {class: 'card'}, ctx.t('reviews.none')));
    return;
  }
  fill(list, el('table', {id: 'review-table'},
    el('caption', {}, ctx.t('reviews.count', tasks.length)),
    el('thead', {}, el('tr', {}, ['case.number', 'case.item', 'case.applicant', 'review.department', 'review.round',
      'case.promisedDate', 'due'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, tasks.map((task) => row(ctx, task, byStep.get(task.kase.caseNumber + '|' + task.step.departmentCode))))));
}

function row(ctx, task, card) {
  const c = task.kase;
  const href = '#/intake/reviews/' + encodeURIComponent(c.caseNumber) + '/' + encodeURIComponent(task.step.departmentCode);
  const colour = card ? el('td', {class: 'card-' + card.colour}, ctx.t('card.' + card.colour, ctx.date(card.dueDate)))
    : el('td', {}, c.timeBudget && c.timeBudget.suspendedSince ? ctx.t('review.suspended') : '');
  return el('tr', {dataset: {case: c.caseNumber, department: task.step.departmentCode}},
    el('td', {}, el('a', {href, class: 'review-open'}, c.caseNumber),
      task.priority ? el('span', {class: 'badge'}, ' ' + ctx.t('review.priority')) : null,
      c.creditFlag ? el('span', {class: 'badge bad'}, ' ' + ctx.t('review.credit')) : null),
    el('td', {}, c.itemName), el('td', {}, c.applicantName), el('td', {}, task.step.departmentName || task.step.departmentCode),
    el('td', {}, String(task.step.round)), el('td', {}, ctx.date(c.promisedDate)), colour);
}
