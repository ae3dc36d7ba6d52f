// 代办员登记: a supervisor (or ops) registers an agent at one of this node's service points, and reads the network as
// this node knows it: its own agents and those of the points below, whose registrations travel up.
import {el, fill, field} from '/ui/shell/dom.js';

const LEVELS = ['', 'VILLAGE', 'TOWNSHIP', 'COUNTY', 'CITY'];

export async function render(root, ctx) {
  ctx.style('surrogate.css');
  const list = el('div', {id: 'network', 'aria-live': 'polite'});
  const level = el('select', {id: 'network-level', name: 'level'}, LEVELS.map((l) => el('option', {value: l}, l ? ctx.t('level.' + l) : ctx.t('network.all'))));
  const division = el('input', {id: 'network-division', name: 'division', inputmode: 'numeric', autocomplete: 'off'});
  const filter = el('form', {class: 'card row', id: 'network-filter'}, field(ctx.t('network.level'), level),
    field(ctx.t('network.division'), division, ctx.t('network.division.hint')),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('network.show')));
  const query = () => {
    const p = new URLSearchParams();
    if (level.value) p.set('level', level.value);
    if (division.value.trim()) p.set('division', division.value.trim());
    return p.toString();
  };
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => load(ctx, query(), list));
  });
  fill(root, el('h1', {}, ctx.t('agents.title')), registerForm(ctx, () => load(ctx, query(), list)),
    el('h2', {}, ctx.t('network.title')), filter, list);
  await ctx.run(() => load(ctx, '', list));
}

function registerForm(ctx, reload) {
  const input = (id, attrs = {}) => el('input', {id, name: id, autocomplete: 'off', required: true, ...attrs});
  const account = input('agent-account', {autocapitalize: 'none', spellcheck: 'false'});
  const name = input('agent-name');
  const mobile = input('agent-mobile', {type: 'tel', inputmode: 'numeric'});
  const pointCode = input('agent-point-code', {spellcheck: 'false'});
  const pointName = input('agent-point-name');
  const done = el('p', {id: 'agent-registered', tabindex: '-1', 'aria-live': 'polite'});
  const form = el('form', {class: 'card', id: 'agent-form', novalidate: true}, el('h2', {}, ctx.t('agents.register')),
    el('p', {class: 'hint'}, ctx.t('agents.register.hint', ctx.node.name)),
    el('div', {class: 'row'}, field(ctx.t('agent.account'), account, ctx.t('agent.account.hint')), field(ctx.t('agent.name'), name),
      field(ctx.t('agent.mobile'), mobile)),
    el('div', {class: 'row'}, field(ctx.t('agent.pointCode'), pointCode), field(ctx.t('agent.pointName'), pointName)),
    el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary', id: 'agent-submit'}, ctx.t('agents.submit'))), done);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      const a = await ctx.api('POST', '/v1/surrogate/agents', {account: account.value.trim(), name: name.value.trim(),
        mobile: mobile.value.trim(), pointCode: pointCode.value.trim(), pointName: pointName.value.trim()});
      fill(done, ctx.t('agents.done', a.name, a.account, a.pointName));
      await reload();
      done.focus();
    });
  });
  return form;
}

async function load(ctx, query, list) {
  const agents = await ctx.api('GET', '/v1/surrogate/network' + (query ? '?' + query : ''));
  if (!agents.length) {
    fill(list, el('p', {class: 'card', id: 'network-none'}, ctx.t('network.none')));
    return;
  }
  fill(list, el('table', {id: 'network-table'},
    el('caption', {}, ctx.t('network.count', agents.length)),
    el('thead', {}, el('tr', {}, ['agent.account', 'agent.name', 'agent.mobile', 'agent.pointColumn', 'network.level', 'network.division', 'network.node']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, agents.map((a) => el('tr', {dataset: {account: a.account, node: a.nodeId}},
      el('td', {}, a.account), el('td', {}, a.name), el('td', {}, ctx.maskPhone(a.mobile)),
      el('td', {}, a.pointName + '（' + a.pointCode + '）'), el('td', {}, ctx.t('level.' + a.level)), el('td', {}, a.divisionCode),
      el('td', {}, a.nodeId === ctx.node.id ? ctx.t('network.here') : a.nodeId))))));
}
