// 网上申请: the one form of an item, its materials uploaded from the phone or computer, the online pre-review (网上预审)
// first, and the submission once the pre-review has seen what is sent; the case then opens among the applicant's own.
import {el, fill, field} from '/ui/shell/dom.js';
import {materialPicker, readPickers} from './online-materials.js';

/** The application form for an item (the catalogue's ServiceItem). */
export function applicationForm(ctx, item) {
  const persons = item.applicantKinds.length === 1 && item.applicantKinds[0] === 'NATURAL_PERSON';
  const type = el('select', {name: 'applicantType', id: 'online-type'},
    (persons ? ['PERSON'] : ['ORGANISATION', 'PERSON']).map((k) => el('option', {value: k}, ctx.t('applicant.' + k))));
  const name = el('input', {name: 'applicantName', id: 'online-name', required: true, autocomplete: 'organization'});
  const idNumber = el('input', {name: 'applicantId', id: 'online-id', required: true, autocomplete: 'off', spellcheck: 'false',
    autocapitalize: 'characters'});
  const mobile = el('input', {name: 'mobile', id: 'online-mobile', type: 'tel', inputmode: 'numeric', autocomplete: 'tel', required: true});
  const address = el('input', {name: 'address', id: 'online-address', autocomplete: 'street-address'});
  const pickers = item.materials.map((m) => materialPicker(ctx, m));
  const commitment = item.materials.some((m) => m.commitmentReplaceable)
    ? el('input', {type: 'checkbox', name: 'commitment', id: 'online-commitment'}) : null;
  const check = el('div', {id: 'online-check', 'aria-live': 'polite'});
  const submit = el('button', {type: 'button', class: 'primary', id: 'online-submit', disabled: true}, ctx.t('online.submit'));
  const form = el('form', {class: 'card online-form', id: 'online-application', novalidate: true},
    el('h2', {}, ctx.t('online.application', item.name)),
    el('fieldset', {}, el('legend', {}, ctx.t('application.applicant')),
      el('div', {class: 'row'}, field(ctx.t('applicant.type'), type), field(ctx.t('applicant.name'), name),
        field(ctx.t('applicant.id'), idNumber, ctx.t('online.id.hint')), field(ctx.t('applicant.mobile'), mobile))),
    el('fieldset', {}, el('legend', {}, ctx.t('application.form')), field(ctx.t('form.address'), address)),
    el('fieldset', {}, el('legend', {}, ctx.t('application.materials')), pickers.map((p) => p.element)),
    commitment ? el('div', {class: 'check'}, commitment, el('label', {for: 'online-commitment'}, ctx.t('online.commitment'))) : null,
    el('div', {class: 'actions'}, el('button', {type: 'submit', id: 'online-prereview'}, ctx.t('online.prereview')), submit),
    check);

  const application = async () => ({
    itemCode: item.implementationCode,
    applicant: {type: type.value, name: name.value.trim(), idNumber: idNumber.value.trim().toUpperCase(), mobile: mobile.value.trim()},
    form: address.value.trim() ? {address: address.value.trim()} : {},
    materials: await readPickers(pickers), channel: 'ONLINE', commitmentSigned: Boolean(commitment && commitment.checked),
  });
  // What the pre-review saw is what is submitted: any change asks for it again.
  form.addEventListener('input', () => stale(ctx, submit, check));
  form.addEventListener('change', () => stale(ctx, submit, check));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      const result = await ctx.api('POST', '/v1/cases/pre-review', await application());
      showCheck(ctx, result, check);
      submit.disabled = result.outcome === 'REFUSED';
      check.querySelector('h3').focus();
    });
  });
  submit.addEventListener('click', () => ctx.run(async () => {
    submit.disabled = true;
    try {
      const view = await ctx.api('POST', '/v1/cases', await application());
      ctx.navigate('intake/mine/' + encodeURIComponent(view.caseNumber));
    } catch (e) {
      submit.disabled = false;
      throw e;
    }
  }));
  return form;
}

function stale(ctx, submit, check) {
  if (submit.disabled && !check.firstChild) return;
  submit.disabled = true;
  fill(check, el('p', {class: 'hint', id: 'online-stale'}, ctx.t('online.prereview.again')));
}

function list(id, items) {
  return el('ul', {id}, items.map((m) => el('li', {}, m)));
}

/** What the pre-review found: outcome, every missing or tolerated material, the date it would be promised for. */
function showCheck(ctx, c, box) {
  fill(box, el('section', {class: 'online-result outcome-' + c.outcome, dataset: {outcome: c.outcome}},
    el('h3', {tabindex: '-1'}, ctx.t('online.outcome.' + c.outcome)),
    c.missingMaterials.length ? [el('p', {}, ctx.t('online.check.missing')), list('online-missing', c.missingMaterials)] : null,
    c.toleratedMaterials.length ? [el('p', {}, ctx.t('online.check.tolerated')), list('online-tolerated', c.toleratedMaterials)] : null,
    c.replacedByCommitment.length ? [el('p', {}, ctx.t('review.commitment')), list('online-replaced', c.replacedByCommitment)] : null,
    c.unknownMaterials.length ? el('p', {}, ctx.t('online.check.unknown', c.unknownMaterials.join('、'))) : null,
    c.commitmentRefusal ? el('p', {}, c.commitmentRefusal) : null,
    c.priorityRefusal ? el('p', {}, c.priorityRefusal) : null,
    c.refusalReason ? el('p', {id: 'online-refusal'}, c.refusalReason) : null,
    c.promisedDate ? el('p', {}, ctx.t('online.check.promised', ctx.date(c.promisedDate))) : null,
    el('p', {class: 'hint'}, ctx.t(c.outcome === 'REFUSED' ? 'online.check.refused' : c.outcome === 'DEFICIENT'
      ? 'online.check.deficient' : 'online.check.ready'))));
}
