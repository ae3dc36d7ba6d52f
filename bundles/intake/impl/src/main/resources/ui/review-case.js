// 后台审批 of one case: what the reviewer decides on — the case and its time budget, the credit flag, the one form
// (masked), the materials with their scans, the review steps and the timeline — and the reviewer's next steps.
import {el, fill} from '/ui/shell/dom.js';
import {reviewActions} from './review-actions.js';

function line(label, value, id) {
  return el('tr', {}, el('th', {scope: 'row'}, label), el('td', id ? {id} : {}, value === undefined || value === null ? '' : value));
}

function casePath(c, tail) {
  return '/v1/cases/' + encodeURIComponent(c.caseNumber) + (tail ? '/' + tail : '');
}

function summary(ctx, c) {
  const b = c.timeBudget || {};
  const budget = ctx.t('review.budget', b.limitDays || 0, b.extensionDays || 0, b.suspendedDays || 0)
    + (b.suspendedSince ? ' · ' + ctx.t('review.suspendedSince', ctx.date(b.suspendedSince)) : '');
  const refusal = c.refusalDecision;
  return el('section', {class: 'card', id: 'review-summary', dataset: {status: c.status}},
    el('h2', {}, ctx.t('review.case')),
    c.creditFlag ? el('p', {class: 'flag', id: 'review-credit', role: 'note'}, ctx.t('review.creditFlag', c.creditFlag)) : null,
    el('table', {}, el('tbody', {},
      line(ctx.t('case.status'), ctx.t('status.' + c.status), 'review-status'), line(ctx.t('case.item'), c.itemName + ' · ' + c.itemCode),
      line(ctx.t('case.applicant'), c.applicantName), line(ctx.t('case.applicantId'), ctx.maskId(c.applicantIdMasked)),
      line(ctx.t('case.channel'), ctx.t('channel.' + c.channel)), line(ctx.t('case.acceptedOn'), ctx.date(c.acceptedOn)),
      line(ctx.t('case.promisedDate'), ctx.date(c.promisedDate) + (c.datesProvisional ? ' ' + ctx.t('review.provisional') : '')),
      line(ctx.t('review.timeBudget'), budget),
      c.toleratedMaterials.length ? line(ctx.t('case.tolerated', ctx.date(c.toleranceDue)), c.toleratedMaterials.join('；')) : null,
      c.replacedByCommitment.length ? line(ctx.t('review.commitment'), c.replacedByCommitment.join('；')) : null,
      c.commitmentRefusal ? line(ctx.t('review.commitmentRefusal'), c.commitmentRefusal) : null,
      c.decidedOn ? line(ctx.t('review.decidedOn'), ctx.date(c.decidedOn) + (c.outcome ? ' · ' + ctx.t('outcome.' + c.outcome) : '')) : null,
      refusal ? line(ctx.t('review.refusal'), refusal.reasons + ' · ' + ctx.t('review.legalBasis') + '：' + refusal.legalBasis) : null,
      c.result ? line(ctx.t('case.result'), [c.result.documentName, c.result.documentNumber, c.result.eCertificateRef]
        .filter(Boolean).join(' · '), 'review-result') : null)));
}

function formSection(ctx, c) {
  const entries = Object.entries(c.form || {});
  return el('section', {class: 'card', id: 'review-form'}, el('h2', {}, ctx.t('review.form')),
    entries.length ? el('table', {}, el('tbody', {}, entries.map(([k, v]) =>
      line(k, v !== null && typeof v === 'object' ? JSON.stringify(v) : v)))) : el('p', {}, ctx.t('review.form.none')));
}

/** A stored scan: an image shown in place, anything else (PDF, OFD) opened in a new tab (the browser may save it). */
function scan(ctx, c, m) {
  if (!m.scanStored) return m.eCertificateRef ? ctx.t('review.ecert', m.eCertificateRef) : (m.fileRef || '');
  const href = '/api' + casePath(c, 'materials/' + m.id + '/scan');
  const label = ctx.t('review.scan.open', m.fileName || m.code);
  const link = el('a', {href, target: '_blank', rel: 'noopener', class: 'scan', dataset: {material: String(m.id)}}, label);
  if (!String(m.contentType || '').startsWith('image/')) return [link, ' ', el('span', {class: 'hint'}, m.contentType || '')];
  return [el('img', {src: href, alt: label, class: 'scan-image', loading: 'lazy'}), el('br'), link];
}

function materialsSection(ctx, c) {
  return el('section', {class: 'card', id: 'review-materials'}, el('h2', {}, ctx.t('application.materials')),
    c.materials.length ? el('table', {},
      el('thead', {}, el('tr', {}, ['checklist.code', 'checklist.name', 'review.material.by', 'review.material.size']
        .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
      el('tbody', {}, c.materials.map((m) => el('tr', {dataset: {code: m.code}},
        el('td', {}, m.code), el('td', {}, m.name), el('td', {}, scan(ctx, c, m)),
        el('td', {}, m.size ? ctx.t('review.bytes', m.size) : ''))))) : el('p', {}, ctx.t('review.materials.none')));
}

function stepsSection(ctx, c) {
  const rows = [];
  for (const s of c.reviewSteps) {
    rows.push(el('tr', {}, el('td', {}, String(s.round)), el('td', {}, s.departmentName || s.departmentCode),
      el('td', {class: 'status'}, ctx.t('step.' + s.status)), el('td', {}, s.opinion || ''),
      el('td', {}, [s.reviewer, ctx.dateTime(s.decidedAt)].filter(Boolean).join(' · '))));
  }
  for (const s of c.suspensions) {
    rows.push(el('tr', {}, el('td', {}, ''), el('td', {}, ctx.t('procedure.' + s.procedure)),
      el('td', {class: 'status'}, s.endedOn ? ctx.t('review.suspension.ended', s.workingDays) : ctx.t('review.suspended')),
      el('td', {}, s.reason), el('td', {}, [s.actor, ctx.date(s.startedOn), ctx.date(s.endedOn)].filter(Boolean).join(' · '))));
  }
  for (const x of c.extensions) {
    rows.push(el('tr', {}, el('td', {}, ''), el('td', {}, ctx.t('review.extension')),
      el('td', {class: 'status'}, ctx.t('review.extension.days', x.days)), el('td', {}, x.reason),
      el('td', {}, [x.approvedBy, ctx.date(x.addedOn)].filter(Boolean).join(' · '))));
  }
  return el('section', {class: 'card', id: 'review-steps'}, el('h2', {}, ctx.t('review.steps')),
    rows.length ? el('table', {}, el('thead', {}, el('tr', {}, ['review.round', 'review.department', 'case.status', 'review.opinion',
      'review.by'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))), el('tbody', {}, rows)) : el('p', {}, ctx.t('review.steps.none')));
}

function timelineSection(ctx, entries) {
  return el('section', {class: 'card', id: 'review-timeline'}, el('h2', {}, ctx.t('review.timeline')),
    el('ol', {class: 'timeline'}, entries.map((e) => el('li', {},
      el('time', {datetime: e.at}, ctx.dateTime(e.at)), ' ', el('strong', {}, e.action), ' · ',
      [e.actor, e.role].filter(Boolean).join(' '), e.detail ? el('div', {class: 'hint'}, e.detail) : null))));
}

/** The department the reviewer acts for: the one named in the route if its step is open, else their first open one. */
function actingFor(ctx, c, named) {
  const mine = new Set(ctx.user.departments || []);
  const open = c.reviewSteps.filter((s) => s.status === 'PENDING' && mine.has(s.departmentCode));
  const chosen = open.find((s) => s.departmentCode === named) || open[0];
  return chosen ? chosen.departmentCode : named;
}

export async function reviewCase(root, ctx, number, named) {
  const work = el('div', {id: 'review-work'});
  fill(root, el('h1', {}, ctx.t('case.title', number)),
    el('p', {class: 'no-print'}, el('a', {href: '#/intake/reviews', id: 'review-back'}, ctx.t('reviews.back'))), work);
  const show = async (c) => {
    const timeline = await ctx.api('GET', casePath(c, 'timeline'));
    fill(work, summary(ctx, c), reviewActions(ctx, c, actingFor(ctx, c, named), show), formSection(ctx, c),
      materialsSection(ctx, c), stepsSection(ctx, c), timelineSection(ctx, timeline));
  };
  await show(await ctx.api('GET', casePath({caseNumber: number})));
}
