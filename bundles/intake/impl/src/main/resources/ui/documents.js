// The window's documents, printable: the acceptance receipt (受理通知书), the one-time deficiency notice (一次性告知书)
// and the refusal (不予受理决定书); other states as a plain summary.
import {el} from '/ui/shell/dom.js';

function line(label, value, id) {
  return el('tr', {}, el('th', {scope: 'row'}, label), el('td', id ? {id} : {}, value === undefined || value === null ? '' : value));
}

function header(ctx, kind, id) {
  return [el('p', {class: 'issuer'}, ctx.node.name), el('h2', {class: 'doc-title', id}, ctx.t(kind))];
}

function applicantRows(ctx, c) {
  return [line(ctx.t('case.number'), c.caseNumber, 'doc-case-number'), line(ctx.t('case.item'), c.itemName),
    line(ctx.t('case.applicant'), c.applicantName), line(ctx.t('case.applicantId'), ctx.maskId(c.applicantIdMasked))];
}

function receipt(ctx, c) {
  const rows = [...applicantRows(ctx, c), line(ctx.t('case.acceptedOn'), ctx.date(c.acceptedOn)),
    line(ctx.t('case.promisedDate'), ctx.date(c.promisedDate), 'doc-promised'),
    line(ctx.t('case.queryCode'), c.queryCode, 'doc-query-code')];
  if (c.toleratedMaterials.length) {
    rows.push(line(ctx.t('case.tolerated', ctx.date(c.toleranceDue)), el('ul', {}, c.toleratedMaterials.map((m) => el('li', {}, m)))));
  }
  return [...header(ctx, 'doc.receipt', 'doc-receipt'), el('table', {}, el('tbody', {}, rows)),
    el('p', {}, ctx.t('doc.receipt.text', c.queryCode || ''))];
}

function deficiency(ctx, c) {
  return [...header(ctx, 'doc.deficiency', 'doc-deficiency'), el('table', {}, el('tbody', {}, applicantRows(ctx, c))),
    el('p', {}, ctx.t('doc.deficiency.text')),
    el('ol', {id: 'doc-missing'}, c.missingMaterials.map((m) => el('li', {}, m)))];
}

function refusal(ctx, c) {
  return [...header(ctx, 'doc.refusal', 'doc-refusal'), el('table', {}, el('tbody', {}, applicantRows(ctx, c))),
    el('p', {}, ctx.t('doc.refusal.text')), el('p', {id: 'doc-refusal-reason'}, c.refusalReason || ''),
    el('p', {}, ctx.t('doc.refusal.remedy'))];
}

function summary(ctx, c) {
  return [el('h2', {id: 'doc-summary'}, ctx.t('status.' + c.status)), el('table', {}, el('tbody', {}, [
    ...applicantRows(ctx, c), line(ctx.t('case.promisedDate'), ctx.date(c.promisedDate)),
    c.result ? line(ctx.t('case.result'), [c.result.documentName, c.result.documentNumber].filter(Boolean).join(' ')) : null,
    c.delivery ? line(ctx.t('case.delivery'), [ctx.t('delivery.' + c.delivery.method), c.delivery.recipient, c.delivery.carrier,
      c.delivery.trackingNumber].filter(Boolean).join(' · ')) : null]))];
}

/** The case's document for its state, with a print button; printing shows the document alone. */
export function decision(ctx, c) {
  const parts = c.status === 'DEFICIENT' ? deficiency(ctx, c) : c.status === 'REFUSED' ? refusal(ctx, c)
    : c.status === 'ACCEPTED' ? receipt(ctx, c) : summary(ctx, c);
  const notices = (c.notices || []).map((n) => el('li', {}, n.text));
  return el('section', {class: 'card document', id: 'decision', 'aria-live': 'polite', dataset: {status: c.status}},
    ...parts,
    notices.length ? el('ul', {class: 'notices'}, notices) : null,
    el('p', {class: 'doc-date'}, ctx.date(new Date().toLocaleDateString('sv', {timeZone: ctx.zone}))),
    el('div', {class: 'actions no-print'},
      el('button', {type: 'button', id: 'print', onclick: () => window.print()}, ctx.t('print'))));
}
