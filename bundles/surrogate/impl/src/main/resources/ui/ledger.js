// The point's books on a case: fees collected (帮办代办 itself is free), the hand-over ledger (材料交接: what changed
// hands, between whom, against which signed receipt), and the free services given (便民服务: copies, mailing).
import {el, field} from '/ui/shell/dom.js';
import {paper, docLink} from './papers.js';

const STEPS = ['MATERIALS_FROM_APPLICANT', 'MATERIALS_TO_CENTRE', 'RESULT_FROM_CENTRE', 'RESULT_TO_APPLICANT'];

function path(k) {
  return '/v1/surrogate/cases/' + k.ref.split('/').map(encodeURIComponent).join('/');
}

export function ledger(ctx, k, show) {
  const agent = (ctx.user.roles || []).includes('agent') && k.status !== 'CLOSED';
  return el('div', {id: 'case-books'}, handOvers(ctx, k, show, agent), fees(ctx, k, show, agent), freeServices(ctx, k, show, agent));
}

/** Posts a change and shows the case as it now is, the focus on the section it changed. */
async function change(ctx, k, show, what, body, focus) {
  show(await ctx.api('POST', path(k) + '/' + what, body));
  const section = document.getElementById(focus);
  if (section) section.focus();
}

/** A party as the ledger names it; the deciding level's centre ("the county centre") in the reader's words. */
function party(ctx, name) {
  const centre = /^the (village|township|county|city) centre$/.exec(name || '');
  return centre ? ctx.t('party.centre', ctx.t('level.' + centre[1].toUpperCase())) : name;
}

function handOvers(ctx, k, show, agent) {
  const done = new Set(k.handOvers.map((h) => h.step));
  const table = k.handOvers.length
    ? el('table', {id: 'handover-table'},
      el('thead', {}, el('tr', {}, ['handover.step', 'handover.items', 'handover.from', 'handover.to', 'handover.by', 'handover.at',
        'handover.receipt'].map((key) => el('th', {scope: 'col'}, ctx.t(key))))),
      el('tbody', {}, k.handOvers.map((h) => el('tr', {dataset: {step: h.step}},
        el('td', {}, ctx.t('step.' + h.step)), el('td', {class: 'items'}, h.items), el('td', {}, party(ctx, h.fromParty)), el('td', {}, party(ctx, h.toParty)),
        el('td', {}, h.recordedBy), el('td', {}, ctx.dateTime(h.at)), el('td', {class: 'receipt'}, docLink(h.receiptRef))))))
    : el('p', {id: 'handover-none'}, ctx.t('handover.none'));
  let form = null;
  if (agent) {
    const next = STEPS.find((s) => !done.has(s)) || STEPS[0];
    const step = el('select', {id: 'handover-step', name: 'step'},
      STEPS.map((s) => el('option', {value: s, selected: s === next}, ctx.t('step.' + s))));
    const items = el('textarea', {id: 'handover-items', name: 'items', rows: '2', required: true});
    const receipt = paper(ctx, 'handover-receipt', ctx.t('handover.receipt'), ctx.t('handover.receipt.ref'), ctx.t('handover.receipt.hint'));
    form = el('form', {id: 'handover-form', novalidate: true}, el('h3', {}, ctx.t('handover.record')),
      el('div', {class: 'row'}, field(ctx.t('handover.step'), step), field(ctx.t('handover.items'), items, ctx.t('handover.items.hint'))),
      receipt.element,
      el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary', id: 'handover-submit'}, ctx.t('handover.submit'))));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      ctx.run(async () => change(ctx, k, show, 'handovers',
        {step: step.value, items: items.value.trim(), receiptRef: (await receipt.value()) || null}, 'case-handovers'));
    });
  }
  return el('section', {class: 'card', id: 'case-handovers', tabindex: '-1'}, el('h2', {}, ctx.t('handover.title')), table, form);
}

function fees(ctx, k, show, agent) {
  const total = k.fees.reduce((sum, f) => sum + Number(f.amount), 0);
  const body = k.fees.length
    ? el('table', {id: 'fee-table'},
      el('thead', {}, el('tr', {}, ['fee.item', 'fee.amount', 'fee.receipt'].map((key) => el('th', {scope: 'col'}, ctx.t(key))))),
      el('tbody', {}, k.fees.map((f) => el('tr', {}, el('td', {}, f.item), el('td', {}, ctx.t('fee.yuan', Number(f.amount).toFixed(2))),
        el('td', {}, f.receiptNumber)))))
    : null;
  const free = total === 0 ? el('p', {class: 'free', id: 'fees-free'}, ctx.t('fees.free')) : el('p', {id: 'fees-total'}, ctx.t('fees.total', total.toFixed(2)));
  let form = null;
  if (agent) {
    const item = el('input', {id: 'fee-item', name: 'item', autocomplete: 'off'});
    const amount = el('input', {id: 'fee-amount', name: 'amount', type: 'number', min: '0', step: '0.01', inputmode: 'decimal'});
    const receiptNumber = el('input', {id: 'fee-receipt', name: 'receiptNumber', autocomplete: 'off'});
    form = el('form', {id: 'fee-form', class: 'row', novalidate: true},
      field(ctx.t('fee.item'), item, ctx.t('fee.item.hint')), field(ctx.t('fee.amount'), amount), field(ctx.t('fee.receipt'), receiptNumber),
      el('button', {type: 'submit', id: 'fee-submit'}, ctx.t('fee.submit')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      ctx.run(() => change(ctx, k, show, 'fees', {item: item.value.trim(), amount: amount.value === '' ? null : Number(amount.value),
        receiptNumber: receiptNumber.value.trim()}, 'case-fees'));
    });
  }
  return el('section', {class: 'card', id: 'case-fees', tabindex: '-1'}, el('h2', {}, ctx.t('fees.title')), free, body, form);
}

function freeServices(ctx, k, show, agent) {
  const list = k.freeServices.length
    ? el('ul', {id: 'free-list'}, k.freeServices.map((f) => el('li', {dataset: {kind: f.kind}},
      ctx.t('free.' + f.kind, f.quantity) + (f.detail ? '：' + f.detail : '') + ' · ' + f.recordedBy + ' · ' + ctx.dateTime(f.at))))
    : el('p', {}, ctx.t('free.none'));
  let form = null;
  if (agent) {
    const kind = el('select', {id: 'free-kind', name: 'kind'}, ['COPY', 'MAILING'].map((v) => el('option', {value: v}, ctx.t('free.kind.' + v))));
    const quantity = el('input', {id: 'free-quantity', name: 'quantity', type: 'number', min: '1', value: '1', inputmode: 'numeric'});
    const detail = el('input', {id: 'free-detail', name: 'detail', autocomplete: 'off'});
    form = el('form', {id: 'free-form', class: 'row', novalidate: true},
      field(ctx.t('free.kind'), kind), field(ctx.t('free.quantity'), quantity), field(ctx.t('free.detail'), detail, ctx.t('free.detail.hint')),
      el('button', {type: 'submit', id: 'free-submit'}, ctx.t('free.submit')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      ctx.run(() => change(ctx, k, show, 'free-services', {kind: kind.value, quantity: Number(quantity.value || 0),
        detail: detail.value.trim() || null}, 'case-free'));
    });
  }
  return el('section', {class: 'card', id: 'case-free', tabindex: '-1'}, el('h2', {}, ctx.t('free.title')), list, form);
}

