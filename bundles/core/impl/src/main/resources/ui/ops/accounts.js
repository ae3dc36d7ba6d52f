// 账户与单位: the node's accounts with their roles and units; add one (its generated password shown once, here),
// disable or enable one, give one a new password. The API audits every change and never shows a hash.
import {el, fill, field} from '/ui/shell/dom.js';

const ROLES = ['clerk', 'reviewer', 'agent', 'agency', 'supervisor', 'ops', 'applicant', 'tablet', 'node'];
const UNIT = /^(division|department|window|point|agency|identity):[0-9A-Za-z]{1,50}$/;

export async function render(root, ctx) {
  ctx.style('ops.css');
  const issued = el('div', {id: 'account-issued', 'aria-live': 'polite'});
  const list = el('div', {id: 'accounts', 'aria-live': 'polite'});
  fill(root, el('h1', {}, ctx.t('accounts.title')), newAccount(ctx, issued, list), issued, list);
  await ctx.run(() => load(ctx, list, issued));
}

function newAccount(ctx, issued, list) {
  const user = el('input', {id: 'account-user', name: 'user', required: true, autocomplete: 'off', autocapitalize: 'none',
    pattern: '[A-Za-z0-9._\\-]{2,64}'});
  const roles = el('fieldset', {id: 'account-roles'}, el('legend', {}, ctx.t('accounts.roles')),
    el('div', {class: 'row'}, ROLES.map((r) => el('label', {class: 'check'},
      el('input', {type: 'checkbox', name: 'role', value: r, id: 'account-role-' + r}), ctx.t('role.' + r)))));
  const units = el('textarea', {id: 'account-units', name: 'units', rows: 3, spellcheck: 'false'});
  const form = el('form', {class: 'card', id: 'account-new', 'aria-labelledby': 'account-new-h'},
    el('h2', {id: 'account-new-h'}, ctx.t('accounts.new')),
    field(ctx.t('accounts.user'), user, ctx.t('accounts.user.hint')), roles,
    field(ctx.t('accounts.units'), units, ctx.t('accounts.units.hint')),
    el('button', {type: 'submit', class: 'primary', id: 'account-submit'}, ctx.t('accounts.add')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = [...roles.querySelectorAll('input:checked')].map((i) => i.value);
    const named = units.value.split(/[\s,，]+/).map((u) => u.trim()).filter(Boolean);
    ctx.run(async () => {
      const faults = [];
      if (!chosen.length) faults.push(ctx.t('accounts.noRole'));
      named.filter((u) => !UNIT.test(u)).forEach((u) => faults.push(ctx.t('accounts.badUnit', u)));
      if (faults.length) throw new Error(faults.join('；'));
      const answer = await ctx.api('POST', '/v1/accounts', {user: user.value.trim(), roles: chosen, units: named});
      showIssued(ctx, issued, 'accounts.created', answer);
      form.reset();
      await load(ctx, list, issued);
      issued.focus();
    });
  });
  return form;
}

/** A generated password, shown this once: ops hand it over, and its holder must set their own before anything else. */
function showIssued(ctx, box, key, answer) {
  box.setAttribute('tabindex', '-1');
  fill(box, el('div', {class: 'card issued', dataset: {user: answer.user}},
    el('p', {}, ctx.t(key, answer.user)),
    el('p', {}, ctx.t('accounts.password'), ' ', el('code', {id: 'issued-password'}, answer.password)),
    el('p', {class: 'hint'}, ctx.t('accounts.once'))));
}

async function load(ctx, list, issued) {
  const accounts = await ctx.api('GET', '/v1/accounts');
  fill(list, el('table', {id: 'accounts-table'},
    el('caption', {}, ctx.t('accounts.count', accounts.length)),
    el('thead', {}, el('tr', {}, ['accounts.user', 'accounts.state', 'accounts.rolesAndUnits', 'accounts.actions']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, accounts.map((a) => row(ctx, a, list, issued)))));
}

function row(ctx, a, list, issued) {
  const toggle = el('button', {type: 'button', class: 'account-toggle'}, ctx.t(a.enabled ? 'accounts.disable' : 'accounts.enable'));
  toggle.addEventListener('click', () => ctx.run(async () => {
    await ctx.api('POST', '/v1/accounts/' + encodeURIComponent(a.user) + (a.enabled ? '/disable' : '/enable'));
    await load(ctx, list, issued);
    const again = list.querySelector('tr[data-user="' + CSS.escape(a.user) + '"] .account-toggle');
    if (again) again.focus();
  }));
  const reset = el('button', {type: 'button', class: 'account-reset'}, ctx.t('accounts.reset'));
  reset.addEventListener('click', () => {
    if (!window.confirm(ctx.t('accounts.reset.confirm', a.user))) return;
    ctx.run(async () => {
      const answer = await ctx.api('POST', '/v1/accounts/' + encodeURIComponent(a.user) + '/password-reset');
      showIssued(ctx, issued, 'accounts.resetDone', answer);
      issued.focus();
    });
  });
  return el('tr', {dataset: {user: a.user, enabled: String(a.enabled)}, class: a.enabled ? '' : 'disabled'},
    el('td', {}, el('strong', {}, a.user)),
    el('td', {}, ctx.t(a.enabled ? 'accounts.enabled' : 'accounts.disabled'),
      a.weakHash ? el('div', {class: 'hint'}, ctx.t('accounts.weak')) : null),
    el('td', {}, el('ul', {class: 'chips'}, a.rolesAndUnits.map((n) => el('li', {}, label(ctx, n))))),
    el('td', {}, el('div', {class: 'actions'}, toggle, reset)));
}

/** A role by its name in the hall's words; a unit as kind and code (department:…, window:W01). */
function label(ctx, name) {
  const colon = name.indexOf(':');
  if (colon < 0) return ctx.t('role.' + name);
  return ctx.t('unit.' + name.slice(0, colon)) + ' ' + name.slice(colon + 1);
}
