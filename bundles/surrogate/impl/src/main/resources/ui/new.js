// 新建代办: find the item, take the applicant's papers and signed authorisation (委托书), open the on-behalf case.
import {el, fill, field} from '/ui/shell/dom.js';
import {material, materials, paper, list} from './papers.js';
import {registration, pointLine, caseRoute} from './agent.js';

export async function render(root, ctx) {
  ctx.style('surrogate.css');
  const agent = await registration(ctx);
  const results = el('div', {id: 'item-results', 'aria-live': 'polite'});
  const work = el('div', {id: 'work'});
  const q = el('input', {id: 'item-q', name: 'q', type: 'search', autocomplete: 'off'});
  const search = el('form', {class: 'card', id: 'item-search', role: 'search'},
    el('div', {class: 'row'}, field(ctx.t('search.q'), q, ctx.t('search.q.hint')),
      el('button', {type: 'submit', class: 'primary'}, ctx.t('search.submit'))));
  search.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => find(ctx, q.value.trim(), results, work));
  });
  fill(root, el('h1', {}, ctx.t('new.title')), pointLine(ctx, agent), search, results, work);
  if (ctx.params[0]) await ctx.run(() => choose(ctx, ctx.params[0], results, work));
}

async function find(ctx, q, results, work) {
  const items = await ctx.api('GET', '/v1/catalog/items?limit=20' + (q ? '&q=' + encodeURIComponent(q) : ''));
  work.replaceChildren();
  if (!items.length) {
    fill(results, el('p', {class: 'card', tabindex: '-1'}, ctx.t('search.none')));
    results.firstChild.focus();
    return;
  }
  fill(results, el('table', {class: 'card', id: 'items'},
    el('caption', {}, ctx.t('search.found', items.length)),
    el('thead', {}, el('tr', {}, ['item.name', 'item.code', 'item.department', 'item.limit.column', 'item.action']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, items.map((i) => el('tr', {},
      el('td', {}, i.name), el('td', {}, i.implementationCode), el('td', {}, i.department || ''),
      el('td', {}, ctx.t('item.limit', i.promisedLimitDays)),
      el('td', {}, el('button', {type: 'button', class: 'pick', dataset: {code: i.implementationCode},
        onclick: () => ctx.run(() => choose(ctx, i.implementationCode, results, work))}, ctx.t('search.pick'))))))));
  results.querySelector('button.pick').focus();
}

function levels(ctx, handledAt) {
  return (handledAt || []).map((l) => ctx.t('level.' + l)).join('、');
}

async function choose(ctx, code, results, work) {
  const item = (await ctx.api('GET', '/v1/catalog/items/' + encodeURIComponent(code))).item;
  results.replaceChildren();
  const fee = item.fee && Number(item.fee.amount) > 0 ? ctx.t('item.fee', item.fee.amount) : ctx.t('item.fee.none');
  const card = el('section', {class: 'card', id: 'item', dataset: {code: item.implementationCode}},
    el('h2', {id: 'item-title', tabindex: '-1'}, item.name),
    el('p', {}, item.implementationCode + ' · ' + item.department.name + ' · ' + ctx.t('item.limit', item.promisedLimitDays)),
    el('p', {}, ctx.t('item.levels') + '：' + levels(ctx, item.handledAt)),
    el('p', {id: 'item-fee'}, fee + ' · ' + ctx.t('fees.free.note')),
    el('table', {id: 'checklist'}, el('caption', {}, ctx.t('checklist.title')),
      el('tbody', {}, item.materials.map((m) => el('tr', {}, el('td', {}, m.code), el('td', {}, m.name),
        el('td', {}, ctx.t('requirement.' + m.requirement)))))));
  fill(work, card, caseForm(ctx, item));
  work.querySelector('#item-title').focus();
}

function caseForm(ctx, item) {
  const input = (id, attrs = {}) => el('input', {id, name: id, autocomplete: 'off', ...attrs});
  const type = el('select', {id: 'applicant-type', name: 'applicant-type'},
    ['ORGANISATION', 'PERSON'].map((k) => el('option', {value: k}, ctx.t('applicant.' + k))));
  const name = input('applicant-name', {required: true});
  const idNumber = input('applicant-id', {required: true, spellcheck: 'false'});
  const mobile = input('applicant-mobile', {type: 'tel', inputmode: 'numeric', required: true});
  const address = input('form-address');
  const inputs = item.materials.map((m) => material(ctx, m.code, m.name, m.eCertificateType));
  const verified = input('verified', {});
  const signedBy = input('auth-signed-by', {required: true});
  const signedOn = input('auth-signed-on', {type: 'date', required: true, value: new Date().toLocaleDateString('sv', {timeZone: ctx.zone})});
  const scope = el('textarea', {id: 'auth-scope', name: 'auth-scope', rows: '2', required: true});
  scope.value = ctx.t('auth.scope.default', item.name);
  const doc = paper(ctx, 'auth-doc', ctx.t('auth.doc'), ctx.t('auth.doc.ref'), ctx.t('auth.doc.hint'));
  const green = el('input', {type: 'checkbox', id: 'green', name: 'green'});
  const project = input('project-name');
  const form = el('form', {class: 'card', id: 'case-form', novalidate: true},
    el('h2', {}, ctx.t('new.form')),
    el('fieldset', {}, el('legend', {}, ctx.t('new.applicant')),
      el('div', {class: 'row'}, field(ctx.t('applicant.type'), type), field(ctx.t('applicant.name'), name),
        field(ctx.t('applicant.id'), idNumber), field(ctx.t('applicant.mobile'), mobile)),
      field(ctx.t('form.address'), address)),
    el('fieldset', {id: 'authorisation'}, el('legend', {}, ctx.t('auth.title')),
      el('div', {class: 'row'}, field(ctx.t('auth.signedBy'), signedBy), field(ctx.t('auth.signedOn'), signedOn)),
      field(ctx.t('auth.scope'), scope), doc.element),
    el('fieldset', {}, el('legend', {}, ctx.t('new.materials')), inputs.map((i) => i.element),
      field(ctx.t('new.verified'), verified, ctx.t('new.verified.hint'))),
    el('fieldset', {}, el('legend', {}, ctx.t('green.title')),
      el('div', {class: 'check'}, green, el('label', {for: 'green'}, ctx.t('green.flag'))),
      field(ctx.t('green.project'), project)),
    el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary', id: 'case-open'}, ctx.t('new.submit'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      const opened = await ctx.api('POST', '/v1/surrogate/cases', {
        itemCode: item.implementationCode,
        applicant: {type: type.value, name: name.value.trim(), idNumber: idNumber.value.trim(), mobile: mobile.value.trim() || null},
        form: address.value.trim() ? {address: address.value.trim()} : {},
        materials: await materials(inputs), verifiedCertificates: list(verified.value),
        authorisation: {signedBy: signedBy.value.trim(), signedOn: signedOn.value || null, scope: scope.value.trim(),
          documentRef: await doc.value()},
        greenChannel: green.checked, projectName: project.value.trim() || null});
      ctx.navigate(caseRoute(opened.ref));
    });
  });
  return form;
}
