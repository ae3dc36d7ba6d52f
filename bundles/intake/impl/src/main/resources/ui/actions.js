// What the window does with a case in each state: supplement (补正) or refuse (不予受理) a deficient one, receive (收件)
// and dispatch (传送) an accepted one, hand out (出件) a decided one at the window or by mail.
import {el, field} from '/ui/shell/dom.js';
import {materialInput, readAll, codeOf} from './materials.js';

function action(ctx, id, title, children, submitLabel, run, done) {
  const form = el('form', {class: 'card no-print', id}, el('h2', {}, title), children,
    el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary', id: id + '-submit'}, submitLabel)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      const next = await run();
      if (next) done(next);
    });
  });
  return form;
}

function path(view, tail) {
  return '/v1/cases/' + encodeURIComponent(view.caseNumber) + '/' + tail;
}

function supplement(ctx, view, labels, done) {
  const inputs = labels.map((label) => materialInput(ctx, codeOf(label), label.slice(codeOf(label).length).trim(), null));
  return action(ctx, 'supplement', ctx.t('supplement.title'), inputs.map((i) => i.element), ctx.t('supplement.submit'),
    async () => {
      const materials = await readAll(inputs);
      if (!materials.length) throw new Error(ctx.t('supplement.none'));
      return ctx.api('POST', path(view, 'supplement'), {materials});
    }, done);
}

function refusal(ctx, view, done) {
  const reason = el('textarea', {name: 'reason', id: 'refusal-reason', rows: '2', required: true});
  return action(ctx, 'refusal', ctx.t('refusal.title'), [field(ctx.t('refusal.reason'), reason)], ctx.t('refusal.submit'),
    () => ctx.api('POST', path(view, 'refusal'), {reason: reason.value.trim()}), done);
}

function move(ctx, view, to, done) {
  const opinion = el('input', {name: 'opinion', id: 'move-opinion', autocomplete: 'off'});
  return action(ctx, 'move', ctx.t('move.' + to), [field(ctx.t('move.opinion'), opinion)], ctx.t('move.' + to + '.submit'),
    () => ctx.api('POST', path(view, 'transitions'), {to, opinion: opinion.value.trim() || null}), done);
}

function delivery(ctx, view, done) {
  const method = el('select', {name: 'method', id: 'delivery-method'}, ['WINDOW', 'MAIL'].map((m) => el('option', {value: m}, ctx.t('delivery.' + m))));
  const recipient = el('input', {name: 'recipient', id: 'delivery-recipient', value: view.applicantName || ''});
  const address = el('input', {name: 'address', id: 'delivery-address'});
  const carrier = el('input', {name: 'carrier', id: 'delivery-carrier'});
  const tracking = el('input', {name: 'trackingNumber', id: 'delivery-tracking'});
  const mail = el('div', {class: 'row', hidden: true}, field(ctx.t('delivery.address'), address),
    field(ctx.t('delivery.carrier'), carrier), field(ctx.t('delivery.tracking'), tracking));
  method.addEventListener('change', () => { mail.hidden = method.value !== 'MAIL'; });
  return action(ctx, 'delivery', ctx.t('delivery.title'),
    [el('div', {class: 'row'}, field(ctx.t('delivery.method'), method), field(ctx.t('delivery.recipient'), recipient)), mail],
    ctx.t('delivery.submit'), () => ctx.api('POST', path(view, 'delivery'), {method: method.value, recipient: recipient.value.trim(),
      address: address.value.trim() || null, carrier: carrier.value.trim() || null, trackingNumber: tracking.value.trim() || null}), done);
}

/** The forms for the case's next steps; none when the window has nothing to do. */
export function caseActions(ctx, view, done) {
  const parts = [];
  if (view.status === 'DEFICIENT') {
    parts.push(supplement(ctx, view, view.missingMaterials, done), refusal(ctx, view, done));
  } else if (view.status === 'ACCEPTED' || view.status === 'RECEIVED') {
    if (view.toleratedMaterials.length) parts.push(supplement(ctx, view, view.toleratedMaterials, done));
    parts.push(move(ctx, view, view.status === 'ACCEPTED' ? 'RECEIVED' : 'DISPATCHED', done));
  } else if (view.status === 'DECIDED' && view.result) {
    parts.push(delivery(ctx, view, done));
  }
  parts.push(el('p', {class: 'no-print'}, el('a', {href: '#/intake/cases/' + encodeURIComponent(view.caseNumber), id: 'case-link'},
    ctx.t('case.open', view.caseNumber))));
  return el('div', {id: 'next'}, parts);
}
