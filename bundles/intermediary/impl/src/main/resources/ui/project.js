// One project of the marketplace: the need as published, its selection (with the way to re-check it), the contract,
// delivery and review, the registrations the viewer may see, and the viewer's next step.
import {el, fill} from '/ui/shell/dom.js';
import {API, facts, has, projectFacts, yuan} from './view.js';
import {projectActions} from './project-actions.js';

function nameOf(s, id) {
  const c = s.candidates.find((x) => x.agencyId === id);
  return c ? c.name : '#' + id;
}

function selectionCard(ctx, p) {
  const s = p.selection;
  if (!s) return null;
  return el('section', {class: 'card', id: 'selection', dataset: {winner: s.winnerAgencyId == null ? '' : s.winnerAgencyId}},
    el('h2', {}, ctx.t('selection.result')),
    facts('selection-facts', [
      [ctx.t('selection.at'), ctx.dateTime(s.at)],
      [ctx.t('selection.failed'), s.failedReason || ''],
      [ctx.t('selection.winner'), s.winnerAgencyId == null ? '' : el('strong', {id: 'selection-winner'}, nameOf(s, s.winnerAgencyId))],
      [ctx.t('selection.bid'), yuan(ctx, s.winningBid)],
      [ctx.t('selection.shortlist'), s.shortlist.map((id) => nameOf(s, id)).join('、')],
      [ctx.t('selection.factor'), s.factor == null ? '' : String(s.factor)],
      [ctx.t('selection.reference'), yuan(ctx, s.referencePrice)],
      [ctx.t('selection.candidates'), s.candidates.map((c) => c.name + (c.bid == null ? '' : ' · ' + yuan(ctx, c.bid))).join('；')],
      [ctx.t('selection.excluded'), s.excluded.join('；')],
      [ctx.t('selection.note'), s.note || ''],
      [ctx.t('selection.seed'), el('span', {class: 'hash'}, s.seed)]]),
    el('p', {}, el('a', {href: '#/intermediary/market/' + p.id + '/verify', id: 'verify-link'}, ctx.t('verify.open'))));
}

function afterCard(ctx, p) {
  if (!p.contract && !p.delivery && !p.review) return null;
  return el('section', {class: 'card', id: 'performance'}, el('h2', {}, ctx.t('performance.title')), facts('performance-facts', [
    [ctx.t('contract.number'), p.contract ? p.contract.contractNumber : '', 'contract'],
    [ctx.t('contract.amount'), p.contract ? yuan(ctx, p.contract.amount) : ''],
    [ctx.t('contract.signedOn'), p.contract ? ctx.date(p.contract.signedOn) : ''],
    [ctx.t('contract.due'), p.contract ? ctx.date(p.contract.dueDate) : ''],
    [ctx.t('delivery.on'), p.delivery ? ctx.date(p.delivery.deliveredOn) : '', 'delivery'],
    [ctx.t('delivery.summary'), p.delivery ? p.delivery.summary : ''],
    [ctx.t('review.score'), p.review ? ctx.t('score.' + p.review.score) + ' · ' + ctx.t(p.review.onTime ? 'review.onTime' : 'review.late') : '', 'review'],
    [ctx.t('review.comment'), p.review ? p.review.comment || '' : '']]));
}

function registrationsCard(ctx, list) {
  if (!list) return null;
  return el('section', {class: 'card', id: 'registrations', dataset: {count: list.length}}, el('h2', {}, ctx.t('registrations.title')), list.length
    ? el('table', {id: 'registrations-table'},
      el('thead', {}, el('tr', {}, ['agency.name', 'register.bid', 'register.proposal', 'registrations.at'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
      el('tbody', {}, list.map((r) => el('tr', {dataset: {agency: r.agencyId}}, el('td', {}, r.agencyName),
        el('td', {}, r.bid == null ? ctx.t('registrations.sealedBid') : yuan(ctx, r.bid)), el('td', {}, r.proposal || ''),
        el('td', {}, ctx.dateTime(r.registeredAt))))))
    : el('p', {}, ctx.t('registrations.none')));
}

function earlierCard(ctx, p) {
  if (!p.earlierAttempts.length) return null;
  return el('section', {class: 'card', id: 'earlier'}, el('h2', {}, ctx.t('earlier.title')), el('ul', {}, p.earlierAttempts.map((a) =>
    el('li', {}, el('a', {href: '#/intermediary/market/' + a.projectId}, a.code + ' ' + a.title), ' · ', a.cancellation.reason))));
}

/** Who the viewer is to this project: its agency (and whether registered), and whether it may run the selection. */
async function viewer(ctx, p) {
  const who = {agency: null, registered: false, runs: has(ctx, 'supervisor'), seesRegistrations: has(ctx, 'supervisor')};
  if (has(ctx, 'agency')) {
    who.agency = await ctx.api('GET', API + '/agencies/mine');
    who.seesRegistrations = true;
  }
  if (has(ctx, 'applicant') || has(ctx, 'clerk')) {
    const mine = await ctx.api('GET', API + '/projects/mine');
    if (mine.some((x) => x.id === p.id)) {
      who.runs = true;
      // Until the window closes nobody but supervision learns who registered, the owner included.
      who.seesRegistrations = who.seesRegistrations || p.registrations !== null;
    }
  }
  return who;
}

export async function render(root, ctx, id) {
  const work = el('div', {id: 'work', dataset: {project: id}});
  const show = async (p) => {
    const who = await viewer(ctx, p);
    const list = who.seesRegistrations ? await ctx.api('GET', API + '/projects/' + p.id + '/registrations') : null;
    who.registered = !!(who.agency && list && list.some((r) => r.agencyId === who.agency.id));
    fill(work, el('section', {class: 'card'}, projectFacts(ctx, p)), selectionCard(ctx, p), afterCard(ctx, p),
      registrationsCard(ctx, list), earlierCard(ctx, p), await projectActions(ctx, p, who, async () => {
        await show(await ctx.api('GET', API + '/projects/' + p.id));
        const status = document.getElementById('project-status');
        if (status) status.focus();
      }));
  };
  const p = await ctx.api('GET', API + '/projects/' + encodeURIComponent(id));
  fill(root, el('h1', {}, p.title), el('p', {}, el('a', {href: '#/intermediary/market'}, ctx.t('back'))), work);
  await show(p);
}
