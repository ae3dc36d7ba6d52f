// 本机构: the agency this account acts for, with its admission, credit and qualifications, the projects open to its
// services and its own registrations and bids; an account without an agency registers one here (入驻申请).
import {el, fill, field} from '/ui/shell/dom.js';
import {API, action, facts, grade, input, value, yuan} from './view.js';
import {projectTable} from './market.js';

export async function render(root, ctx) {
  ctx.style('market.css');
  const box = el('div', {id: 'agency'});
  fill(root, el('h1', {}, ctx.t('agency.title')), box);
  let mine = null;
  try {
    mine = await ctx.api('GET', API + '/agencies/mine');
  } catch (e) {
    if (e.status !== 404) throw e;
  }
  if (!mine) {
    fill(box, await applicationForm(ctx, async (a) => render(root, ctx)));
    return;
  }
  const qualified = mine.qualifications.map((q) => q.serviceCode);
  const open = (await ctx.api('GET', API + '/projects?status=OPEN')).filter((p) => qualified.includes(p.serviceCode));
  const mineList = el('div', {id: 'agency-registrations'});
  fill(box, el('section', {class: 'card', id: 'agency-profile', dataset: {status: mine.status, agency: mine.id}}, facts('agency-facts', [
    [ctx.t('agency.name'), mine.name],
    [ctx.t('agency.creditCode'), el('span', {class: 'mono'}, mine.creditCode)],
    [ctx.t('agency.status'), ctx.t('agencyStatus.' + mine.status) + (mine.admissionOpinion ? ' · ' + mine.admissionOpinion : '')],
    [ctx.t('agency.grade'), el('span', {}, grade(mine), ' ', ctx.t('agency.scoreOf', mine.creditScore))],
    [ctx.t('agency.blacklist'), mine.blacklisting ? ctx.t('agency.blacklistedFor', ctx.date(mine.blacklisting.until), mine.blacklisting.reason) : ''],
    [ctx.t('agency.areas'), mine.serviceAreas.join('、')],
    [ctx.t('agency.contact'), ctx.maskPhone(mine.contactMobile)],
    [ctx.t('agency.staff'), String(mine.staffCount)],
    [ctx.t('agency.qualifications'), el('ul', {}, mine.qualifications.map((q) => el('li', {},
      q.serviceCode + ' · ' + q.name + ' · ' + q.certificateNumber + ' · ' + ctx.t('agency.validUntil', ctx.date(q.validUntil)))))]])),
  el('h2', {}, ctx.t('agency.open')), open.length ? projectTable(ctx, 'agency-open-table', open) : el('p', {class: 'card'}, ctx.t('projects.none')),
  el('h2', {}, ctx.t('agency.mine')), mineList);
  await registrations(ctx, mine, qualified, mineList);
}

/** Its registrations and bids on the projects of its services (an agency sees only its own). */
async function registrations(ctx, mine, qualified, box) {
  const projects = (await ctx.api('GET', API + '/projects?limit=50')).filter((p) => qualified.includes(p.serviceCode));
  const rows = [];
  for (const p of projects) {
    for (const r of await ctx.api('GET', API + '/projects/' + p.id + '/registrations')) {
      rows.push(el('tr', {dataset: {project: p.id}}, el('td', {}, el('a', {href: '#/intermediary/market/' + p.id}, p.code)),
        el('td', {}, p.title), el('td', {}, yuan(ctx, r.bid)), el('td', {}, ctx.dateTime(r.registeredAt)),
        el('td', {class: 'status'}, ctx.t('status.' + p.status) + (p.winnerAgencyId === mine.id ? ' · ' + ctx.t('agency.won') : ''))));
    }
  }
  fill(box, rows.length ? el('table', {id: 'agency-registrations-table'}, el('thead', {}, el('tr', {},
    ['project.code', 'project.title', 'register.bid', 'registrations.at', 'project.status'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
  el('tbody', {}, rows)) : el('p', {class: 'card'}, ctx.t('registrations.none')));
}

async function applicationForm(ctx, done) {
  const services = await ctx.api('GET', API + '/services');
  const rows = el('div', {id: 'qualifications'});
  let n = 0;
  const addRow = () => {
    const i = n++;
    rows.append(el('fieldset', {class: 'row', dataset: {row: i}}, el('legend', {}, ctx.t('apply.qualification', i + 1)),
      field(ctx.t('apply.service'), el('select', {id: 'q-service-' + i}, services.map((s) => el('option', {value: s.code}, s.code + ' ' + s.name)))),
      input(ctx.t('apply.certName'), 'q-name-' + i), input(ctx.t('apply.certNumber'), 'q-number-' + i, {required: true}),
      input(ctx.t('apply.validUntil'), 'q-until-' + i, {type: 'date', required: true})));
  };
  addRow();
  const more = el('button', {type: 'button', id: 'apply-more', onclick: addRow}, ctx.t('apply.more'));
  return action(ctx, 'apply', ctx.t('apply.title'), [el('p', {}, ctx.t('apply.explain')), el('div', {class: 'row'},
    input(ctx.t('agency.name'), 'apply-name', {required: true}), input(ctx.t('agency.creditCode'), 'apply-code', {required: true, maxlength: '18'}),
    input(ctx.t('agency.contact'), 'apply-mobile', {required: true, inputmode: 'tel'}),
    input(ctx.t('agency.staff'), 'apply-staff', {type: 'number', min: '1', value: '1'})),
  input(ctx.t('agency.areas'), 'apply-areas', {required: true}, ctx.t('apply.areas.hint')), rows, more], ctx.t('apply.submit'),
  () => ctx.api('POST', API + '/agencies', {name: value('apply-name'), creditCode: value('apply-code'), contactMobile: value('apply-mobile'),
    staffCount: Number(value('apply-staff') || 0), serviceAreas: (value('apply-areas') || '').split(/[\s,，、]+/).filter(Boolean),
    qualifications: Array.from({length: n}, (_, i) => ({serviceCode: value('q-service-' + i), name: value('q-name-' + i),
      certificateNumber: value('q-number-' + i), validUntil: value('q-until-' + i)}))}), done);
}
