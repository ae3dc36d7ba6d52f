// 节点状态: who this node is, whether it is ready (database, REST, what is not served yet), the warnings ops must act
// on (the calendar running out, a refused calendar file, weak password hashes, a demo node), and its capabilities.
import {el, fill} from '/ui/shell/dom.js';

export async function render(root, ctx) {
  ctx.style('ops.css');
  const out = el('div', {id: 'status', 'aria-live': 'polite'});
  const refresh = el('button', {type: 'button', id: 'status-refresh', class: 'no-print'}, ctx.t('status.refresh'));
  refresh.addEventListener('click', () => ctx.run(() => load(ctx, out)));
  fill(root, el('h1', {}, ctx.t('status.title')), el('div', {class: 'actions'}, refresh), out);
  await ctx.run(() => load(ctx, out));
}

/**
 * Health is read with fetch, not ctx.api: it is public, and a node that is not ready answers 503 with the same report
 * (what is down and why), which is exactly what ops need to read rather than an error.
 */
async function health() {
  const r = await fetch('/api/v1/health', {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
  const type = r.headers.get('Content-Type') || '';
  return type.includes('json') ? r.json() : {status: 'DOWN', rest: 'HTTP ' + r.status};
}

async function load(ctx, out) {
  const [node, report] = await Promise.all([ctx.api('GET', '/v1/node'), health()]);
  const warnings = report.warnings || [];
  const waiting = report.notServed || [];
  fill(out,
    el('section', {class: 'card', id: 'node-facts', 'aria-labelledby': 'node-h'},
      el('h2', {id: 'node-h'}, ctx.t('status.node')),
      el('dl', {class: 'facts'},
        fact(ctx, 'node.id', node.id), fact(ctx, 'node.name', node.name),
        fact(ctx, 'node.level', ctx.t('level.' + node.level)), fact(ctx, 'node.division', node.divisionCode),
        fact(ctx, 'node.upstream', node.upstream || ctx.t('node.noUpstream')),
        node.demo ? fact(ctx, 'node.demo', ctx.t('node.demoYes')) : null)),
    el('section', {class: 'card', id: 'health', dataset: {status: report.status}, 'aria-labelledby': 'health-h'},
      el('h2', {id: 'health-h'}, ctx.t('status.health')),
      el('p', {}, el('span', {id: 'health-status', class: 'state-' + report.status}, ctx.t('health.' + report.status))),
      el('dl', {class: 'facts'},
        fact(ctx, 'health.datasource', report.datasource), fact(ctx, 'health.rest', report.rest),
        report.calendar ? fact(ctx, 'health.calendar', report.calendar) : null),
      waiting.length ? el('div', {id: 'health-waiting'}, el('h3', {}, ctx.t('health.notServed', waiting.length)),
        el('ul', {}, waiting.map((w) => el('li', {}, String(w))))) : null,
      el('h3', {}, ctx.t('health.warnings', warnings.length)),
      warnings.length ? el('ul', {class: 'warnings', id: 'health-warnings'}, warnings.map((w) => el('li', {}, w)))
        : el('p', {id: 'health-warnings'}, ctx.t('health.noWarnings'))),
    el('section', {class: 'card', 'aria-labelledby': 'cap-h'},
      el('h2', {id: 'cap-h'}, ctx.t('status.capabilities', node.capabilities.length)),
      el('ul', {class: 'chips', id: 'capabilities'}, node.capabilities.map((c) =>
        el('li', {dataset: {capability: c}}, el('strong', {}, ctx.t('cap.' + c)), ' ', el('span', {class: 'days'}, c))))));
}

function fact(ctx, key, value) {
  return [el('dt', {}, ctx.t(key)), el('dd', {}, value === undefined || value === null ? '' : String(value))];
}
