// 综合窗口受理: find an item, read its checklist, take the whole application in one form, and show the decision.
import {el, fill, field} from '/ui/shell/dom.js';
import {materialInput, readAll} from './materials.js';
import {decision} from './documents.js';
import {caseActions} from './actions.js';

export async function render(root, ctx) {
  ctx.style('intake.css');
  const results = el('div', {id: 'item-results', 'aria-live': 'polite'});
  const work = el('div', {id: 'work'});
  const q = el('input', {name: 'q', id: 'item-q', type: 'search', autocomplete: 'off'});
  const department = el('input', {name: 'department', id: 'item-department', autocomplete: 'off'});
  const search = el('form', {class: 'card no-print', id: 'item-search', role: 'search'},
    el('div', {class: 'row'}, field(ctx.t('search.q'), q, ctx.t('search.q.hint')), field(ctx.t('search.department'), department),
      el('button', {type: 'submit', class: 'primary'}, ctx.t('search.submit'))));
  search.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => find(ctx, q.value.trim(), department.value.trim(), results, work));
  });
  fill(root, el('h1', {}, ctx.t('clerk.title')), search, results, work);
  if (ctx.params[0]) await ctx.run(() => choose(ctx, ctx.params[0], results, work));
}

async function find(ctx, q, department, results, work) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (department) params.set('department', department);
  params.set('limit', '20');
  const items = await ctx.api('GET', '/v1/catalog/items?' + params);
  work.replaceChildren();
  if (!items.length) {
    fill(results, el('p', {class: 'card', tabindex: '-1'}, ctx.t('search.none')));
    results.firstChild.focus();
    return;
  }
  const rows = items.map((i) => el('tr', {},
    el('td', {}, i.name), el('td', {}, i.implementationCode), el('td', {}, i.department ? i.department.name || i.department : ''),
    el('td', {}, el('button', {type: 'button', class: 'pick', dataset: {code: i.implementationCode},
      onclick: () => ctx.run(() => choose(ctx, i.implementationCode, results, work))}, ctx.t('search.pick')))));
  fill(results, el('table', {class: 'card', id: 'items'},
    el('caption', {}, ctx.t('search.found', items.length)),
    el('thead', {}, el('tr', {}, ['item.name', 'item.code', 'item.department', 'item.action'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, rows)));
  results.querySelector('button.pick').focus();
}

async function choose(ctx, code, results, work) {
  const versioned = await ctx.api('GET', '/v1/catalog/items/' + encodeURIComponent(code));
  const item = versioned.item;
  results.replaceChildren();
  const checklist = el('table', {id: 'checklist'},
    el('caption', {}, ctx.t('checklist.title', item.name)),
    el('thead', {}, el('tr', {}, ['checklist.code', 'checklist.name', 'checklist.requirement', 'checklist.form']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, item.materials.map((m) => el('tr', {},
      el('td', {}, m.code), el('td', {}, m.name), el('td', {}, ctx.t('requirement.' + m.requirement)),
      el('td', {}, ctx.t('form.' + m.form) + ' × ' + m.copies + (m.eCertificateType ? ' · ' + ctx.t('material.ecert.type', m.eCertificateType) : ''))))));
  const form = applicationForm(ctx, item, work);
  fill(work, el('section', {class: 'card no-print', id: 'item'},
    el('h2', {id: 'item-title', tabindex: '-1'}, item.name),
    el('p', {}, item.implementationCode + ' · ' + item.department.name + ' · ' + ctx.t('item.limit', item.promisedLimitDays)),
    item.conditions ? el('p', {}, item.conditions) : null, checklist), form);
  work.querySelector('#item-title').focus();
}

function applicationForm(ctx, item, work) {
  const type = el('select', {name: 'applicantType', id: 'applicant-type'},
    ['ORGANISATION', 'PERSON'].map((k) => el('option', {value: k}, ctx.t('applicant.' + k))));
  const name = el('input', {name: 'applicantName', id: 'applicant-name', required: true, autocomplete: 'off'});
  const idNumber = el('input', {name: 'applicantId', id: 'applicant-id', required: true, autocomplete: 'off', spellcheck: 'false'});
  const mobile = el('input', {name: 'mobile', id: 'applicant-mobile', type: 'tel', inputmode: 'numeric', autocomplete: 'off', required: true});
  const address = el('input', {name: 'address', id: 'form-address', autocomplete: 'off'});
  const extra = el('textarea', {name: 'extra', id: 'form-extra', rows: '3'});
  const channel = el('select', {name: 'channel', id: 'channel'}, ['WINDOW', 'AGENT', 'ONLINE'].map((c) => el('option', {value: c}, ctx.t('channel.' + c))));
  const windowCode = el('input', {name: 'window', id: 'window', value: ctx.user.window || '', autocomplete: 'off'});
  const commitment = el('input', {type: 'checkbox', name: 'commitment', id: 'commitment'});
  const inputs = item.materials.map((m) => materialInput(ctx, m.code, m.name, m.eCertificateType));
  const form = el('form', {class: 'card', id: 'application', novalidate: true},
    el('h2', {}, ctx.t('application.title')),
    el('fieldset', {}, el('legend', {}, ctx.t('application.applicant')),
      el('div', {class: 'row'}, field(ctx.t('applicant.type'), type), field(ctx.t('applicant.name'), name),
        field(ctx.t('applicant.id'), idNumber), field(ctx.t('applicant.mobile'), mobile))),
    el('fieldset', {}, el('legend', {}, ctx.t('application.form')),
      field(ctx.t('form.address'), address), field(ctx.t('form.extra'), extra, ctx.t('form.extra.hint'))),
    el('fieldset', {}, el('legend', {}, ctx.t('application.materials')), inputs.map((i) => i.element)),
    el('fieldset', {}, el('legend', {}, ctx.t('application.how')),
      el('div', {class: 'row'}, field(ctx.t('channel'), channel), field(ctx.t('window'), windowCode)),
      el('div', {class: 'check'}, commitment, el('label', {for: 'commitment'}, ctx.t('commitment')))),
    el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary', id: 'submit'}, ctx.t('application.submit'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      const view = await ctx.api('POST', '/v1/cases', {
        itemCode: item.implementationCode,
        applicant: {type: type.value, name: name.value.trim(), idNumber: idNumber.value.trim(), mobile: mobile.value.trim() || null},
        form: formFields(address.value, extra.value), materials: await readAll(inputs), channel: channel.value,
        commitmentSigned: commitment.checked, window: windowCode.value.trim() || null});
      showCase(ctx, view, work);
    });
  });
  return form;
}

/** The one form: the address and any further "name=value" lines. */
function formFields(address, extra) {
  const form = {};
  if (address.trim()) form.address = address.trim();
  for (const line of extra.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) form[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return form;
}

/** The decision at once, and what the window does next with the case. */
export function showCase(ctx, view, work) {
  fill(work, decision(ctx, view), caseActions(ctx, view, (next) => showCase(ctx, next, work)));
  const doc = work.querySelector('#decision h2');
  doc.setAttribute('tabindex', '-1');
  doc.focus();
}
