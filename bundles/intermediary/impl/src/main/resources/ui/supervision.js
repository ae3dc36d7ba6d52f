// 中介监管: supervision of the marketplace. Every agency with its status, credit and blacklisting; for one agency its
// admission (入驻), a recorded fault (违规), the blacklist and its early lifting; owners with their cancellations after
// a selection.
import {el, fill, field} from '/ui/shell/dom.js';
import {API, action, facts, grade, input, value} from './view.js';

const STATUSES = ['', 'PENDING', 'ADMITTED', 'REJECTED'];

export async function render(root, ctx) {
  ctx.style('market.css');
  const status = el('select', {id: 'sup-status', name: 'status'}, STATUSES.map((s) => el('option', {value: s},
    s ? ctx.t('agencyStatus.' + s) : ctx.t('all'))));
  const list = el('div', {id: 'sup-agencies', 'aria-live': 'polite'});
  const panel = el('div', {id: 'sup-panel'});
  const owners = el('div', {id: 'sup-owners'});
  const filter = el('form', {class: 'card row', id: 'sup-filter'}, field(ctx.t('agency.status'), status),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('show')));
  const reload = () => agencies(ctx, status.value, list, panel);
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(reload);
  });
  fill(root, el('h1', {}, ctx.t('sup.title')), filter, list, panel, el('h2', {}, ctx.t('sup.owners')), owners);
  await ctx.run(() => Promise.all([reload(), ownerTable(ctx, owners)]));
}

async function agencies(ctx, status, list, panel) {
  const all = await ctx.api('GET', API + '/agencies/all' + (status ? '?status=' + status : ''));
  fill(list, el('table', {id: 'sup-table'}, el('caption', {}, ctx.t('agencies.count', all.length)),
    el('thead', {}, el('tr', {}, ['agency.name', 'agency.creditCode', 'agency.status', 'agency.grade', 'agency.score', 'agency.blacklist', 'actions']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, all.map((a) => el('tr', {dataset: {agency: a.id, status: a.status}},
      el('td', {}, a.name), el('td', {class: 'mono'}, a.creditCode), el('td', {class: 'status'}, ctx.t('agencyStatus.' + a.status)),
      el('td', {}, grade(a)), el('td', {}, String(a.creditScore)),
      el('td', {class: a.blacklisting ? 'blacklisted' : ''}, a.blacklisting ? ctx.t('agency.blacklistedFor', ctx.date(a.blacklisting.until), a.blacklisting.reason) : ''),
      el('td', {}, el('button', {type: 'button', class: 'sup-open', 'aria-label': ctx.t('sup.openFor', a.name), onclick: () => open(ctx, a, panel, () => agencies(ctx, status, list, panel))},
        ctx.t('sup.open'))))))));
}

/** One agency's supervision: its facts and every form that applies to it now. */
function open(ctx, a, panel, reload) {
  const after = async () => {
    await reload();
    const fresh = (await ctx.api('GET', API + '/agencies/all')).find((x) => x.id === a.id);
    open(ctx, fresh, panel, reload);
  };
  const base = API + '/agencies/' + a.id;
  const forms = [];
  if (a.status === 'PENDING') {
    const decision = el('select', {id: 'admit-decision'}, el('option', {value: 'true'}, ctx.t('admit.yes')), el('option', {value: 'false'}, ctx.t('admit.no')));
    forms.push(action(ctx, 'admit', ctx.t('admit.title'), [el('div', {class: 'row'}, field(ctx.t('admit.decision'), decision),
      input(ctx.t('admit.opinion'), 'admit-opinion', {}, ctx.t('admit.opinion.hint')))], ctx.t('admit.submit'),
    () => ctx.api('POST', base + '/admission', {admit: decision.value === 'true', opinion: value('admit-opinion')}), after));
  }
  const severity = el('select', {id: 'violation-severity'}, ['MINOR', 'SERIOUS', 'VETO'].map((s) => el('option', {value: s}, ctx.t('severity.' + s))));
  forms.push(action(ctx, 'violation', ctx.t('violation.title'), [el('div', {class: 'row'}, field(ctx.t('violation.severity'), severity),
    input(ctx.t('violation.description'), 'violation-description', {required: true}))], ctx.t('violation.submit'),
  () => ctx.api('POST', base + '/violations', {severity: severity.value, description: value('violation-description')}), after));
  if (a.blacklisting) {
    forms.push(action(ctx, 'lift', ctx.t('lift.title'), [input(ctx.t('lift.reason'), 'lift-reason', {required: true})], ctx.t('lift.submit'),
      () => ctx.api('POST', base + '/blacklist/lift', {reason: value('lift-reason')}), after));
  } else {
    forms.push(action(ctx, 'blacklist', ctx.t('blacklist.title'), [el('div', {class: 'row'},
      input(ctx.t('blacklist.reason'), 'blacklist-reason', {required: true}),
      input(ctx.t('blacklist.until'), 'blacklist-until', {type: 'date', required: true}))], ctx.t('blacklist.submit'),
    () => ctx.api('POST', base + '/blacklist', {reason: value('blacklist-reason'), until: value('blacklist-until')}), after));
  }
  fill(panel, el('section', {class: 'card', id: 'sup-agency', dataset: {agency: a.id, status: a.status, score: a.creditScore}},
    el('h2', {tabindex: '-1', id: 'sup-agency-title'}, a.name),
    facts('sup-agency-facts', [
      [ctx.t('agency.creditCode'), a.creditCode], [ctx.t('agency.status'), ctx.t('agencyStatus.' + a.status)],
      [ctx.t('agency.opinion'), a.admissionOpinion || ''], [ctx.t('agency.grade'), el('span', {id: 'sup-grade'}, grade(a), ' ', ctx.t('agency.scoreOf', a.creditScore))],
      [ctx.t('agency.account'), a.account || ''], [ctx.t('agency.contact'), ctx.maskPhone(a.contactMobile)],
      [ctx.t('agency.areas'), a.serviceAreas.join('、')], [ctx.t('agency.staff'), String(a.staffCount)],
      [ctx.t('agency.registered'), ctx.dateTime(a.registeredAt)],
      [ctx.t('agency.qualifications'), a.qualifications.map((q) => q.serviceCode + ' ' + q.certificateNumber + ' · ' +
        ctx.t('agency.validUntil', ctx.date(q.validUntil))).join('；')]])), forms);
  document.getElementById('sup-agency-title').focus();
}

async function ownerTable(ctx, box) {
  const owners = await ctx.api('GET', API + '/owners');
  fill(box, owners.length ? el('table', {id: 'sup-owners-table'}, el('thead', {}, el('tr', {},
    ['post.ownerName', 'post.ownerCode', 'sup.projects', 'sup.cancelled', 'sup.lastCancelled'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
  el('tbody', {}, owners.map((o) => el('tr', {class: o.cancelledAfterSelection ? 'bad' : ''}, el('td', {}, o.ownerName),
    el('td', {}, ctx.maskId(o.ownerCreditCode)), el('td', {}, String(o.projects)), el('td', {}, String(o.cancelledAfterSelection)),
    el('td', {}, ctx.dateTime(o.lastCancelledAfterSelection)))))) : el('p', {class: 'card'}, ctx.t('sup.noOwners')));
}
