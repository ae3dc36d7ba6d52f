// 中介超市 as the public sees it: projects (open for registration first), the admitted agencies with their credit, the
// intermediary services. #/intermediary/market/<id> is one project, …/<id>/verify the re-check of its draw.
import {el, fill, field} from '/ui/shell/dom.js';
import {API, grade, price} from './view.js';

const STATUSES = ['OPEN', '', 'AWAITING_CHOICE', 'SELECTED', 'FAILED', 'CONTRACTED', 'DELIVERED', 'REVIEWED', 'CANCELLED'];

export async function render(root, ctx) {
  ctx.style('market.css');
  if (ctx.params[0] && ctx.params[1] === 'verify') return (await import('./verify.js')).render(root, ctx, ctx.params[0]);
  if (ctx.params[0]) return (await import('./project.js')).render(root, ctx, ctx.params[0]);
  const status = el('select', {id: 'projects-status', name: 'status'},
    STATUSES.map((s) => el('option', {value: s}, s ? ctx.t('status.' + s) : ctx.t('all'))));
  const list = el('div', {id: 'projects', 'aria-live': 'polite'});
  const filter = el('form', {class: 'card row', id: 'projects-filter'}, field(ctx.t('project.status'), status),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('show')));
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => projects(ctx, status.value, list));
  });
  const agencies = el('div', {id: 'agencies'});
  const services = el('div', {id: 'services'});
  fill(root, el('h1', {}, ctx.t('market.title')), el('h2', {}, ctx.t('market.projects')), filter, list,
    el('h2', {}, ctx.t('market.agencies')), agencies, el('h2', {}, ctx.t('market.services')), services);
  await ctx.run(() => Promise.all([projects(ctx, 'OPEN', list), agencyTable(ctx, agencies), serviceTable(ctx, services)]));
}

export function projectTable(ctx, id, list) {
  return el('table', {id},
    el('caption', {}, ctx.t('projects.count', list.length)),
    el('thead', {}, el('tr', {}, ['project.code', 'project.title', 'project.service', 'project.method', 'project.price',
      'project.closes', 'project.status'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, list.map((p) => el('tr', {dataset: {project: p.id, status: p.status}},
      el('td', {}, el('a', {href: '#/intermediary/market/' + p.id, class: 'project-open'}, p.code)),
      el('td', {}, p.title), el('td', {}, p.serviceName), el('td', {}, ctx.t('method.' + p.method)), el('td', {}, price(ctx, p)),
      el('td', {}, ctx.dateTime(p.registrationCloses)), el('td', {class: 'status'}, ctx.t('status.' + p.status))))));
}

async function projects(ctx, status, list) {
  const found = await ctx.api('GET', API + '/projects' + (status ? '?status=' + status : ''));
  fill(list, found.length ? projectTable(ctx, 'projects-table', found) : el('p', {class: 'card'}, ctx.t('projects.none')));
}

async function agencyTable(ctx, box) {
  const agencies = await ctx.api('GET', API + '/agencies');
  fill(box, el('table', {id: 'agencies-table'},
    el('caption', {}, ctx.t('agencies.count', agencies.length)),
    el('thead', {}, el('tr', {}, ['agency.name', 'agency.creditCode', 'agency.grade', 'agency.score', 'agency.areas',
      'agency.qualifications', 'agency.contact'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, agencies.map((a) => el('tr', {dataset: {agency: a.id}},
      el('td', {}, a.name, a.blacklisting ? el('div', {class: 'blacklisted'}, ctx.t('agency.blacklisted', ctx.date(a.blacklisting.until))) : null),
      el('td', {class: 'mono'}, a.creditCode), el('td', {}, grade(a)), el('td', {}, String(a.creditScore)),
      el('td', {}, a.serviceAreas.join('、')),
      el('td', {}, a.qualifications.map((q) => el('div', {}, q.serviceCode + ' · ' + ctx.t('agency.validUntil', ctx.date(q.validUntil))))),
      el('td', {}, a.contactMobile))))));
}

async function serviceTable(ctx, box) {
  const services = await ctx.api('GET', API + '/services');
  fill(box, el('table', {id: 'services-table'},
    el('thead', {}, el('tr', {}, ['service.code', 'service.name', 'service.basis', 'service.limit', 'service.fee']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, services.map((s) => el('tr', {dataset: {service: s.code}},
      el('td', {class: 'mono'}, s.code), el('td', {}, s.name), el('td', {}, s.legalBasis), el('td', {}, ctx.t('days', s.timeLimitDays)),
      el('td', {}, s.feeStandard))))));
}
