// The re-check of a draw, done here in the browser from what the API publishes, step by step so that anyone can
// follow it with a pencil or redo it with any SHA-256 tool: the seed against the commitment made at posting, the rules
// against their version, the participants in their order, every hash and number of the draw, the result; then the
// node's own re-check beside it.
import {el, fill} from '/ui/shell/dom.js';
import {API, yuan} from './view.js';
import {digest, recompute} from './draw.js';

function check(ctx, ok, id) {
  return el('span', {class: ok ? 'ok' : 'bad', id, dataset: {ok: String(ok)}}, ctx.t(ok ? 'verify.match' : 'verify.mismatch'));
}

function stepList(ctx, order, steps) {
  if (!steps.length) return el('p', {}, ctx.t('verify.noDraw'));
  return el('ol', {class: 'steps', id: 'verify-steps'}, steps.map((s, n) => el('li', {dataset: {label: s.label}},
    el('p', {}, ctx.t('verify.pick', s.label, s.n)),
    el('p', {}, ctx.t('verify.bound'), ' ', el('span', {class: 'mono'}, String(s.bound))),
    s.tries.map((t) => el('div', {},
      el('p', {}, ctx.t('verify.input'), ' ', el('code', {class: 'mono'}, t.input)),
      el('p', {}, 'SHA-256 = ', el('span', {class: 'hash'}, t.hash)),
      el('ol', {start: '0'}, t.values.map((v, i) => el('li', {class: i === t.used ? 'mono used' : 'mono'}, String(v),
        i === t.used ? ' ← ' + ctx.t('verify.below') : ''))))),
    el('p', {class: 'chosen', id: 'verify-step-' + n}, ctx.t('verify.index', String(s.value), s.n, s.index),
      ' → ', typeof s.chosen === 'number' ? nameIn(order, s.chosen) : String(s.chosen)))));
}

function nameIn(order, id) {
  const c = order.find((x) => x.agencyId === id);
  return (c ? c.name : '') + ' (#' + id + ')';
}

export async function render(root, ctx, id) {
  const p = await ctx.api('GET', API + '/projects/' + encodeURIComponent(id));
  const back = el('p', {}, el('a', {href: '#/intermediary/market/' + p.id, id: 'verify-back'}, ctx.t('verify.back', p.code)));
  if (!p.selection) {
    fill(root, el('h1', {}, ctx.t('verify.title', p.code)), back, el('p', {class: 'card', id: 'verify-none'},
      ctx.t('verify.notYet', p.seedCommitment)));
    return;
  }
  const s = p.selection;
  const [rules, server] = await Promise.all([p.rulesVersion ? ctx.api('GET', API + '/rules/' + p.rulesVersion) : null,
    ctx.api('GET', API + '/projects/' + p.id + '/verification')]);
  const seedOk = digest(s.seed) === p.seedCommitment && s.seedCommitment === p.seedCommitment;
  const rulesOk = !!rules && digest(rules.content) === p.rulesVersion;
  const again = recompute(s, {min: p.budgetMin, max: p.budgetMax}, rules ? rules.content : '');
  const winnerOk = again.winner === null ? (s.winnerAgencyId === null || again.shortlist.includes(s.winnerAgencyId))
    : again.winner === s.winnerAgencyId;
  const listOk = ['CREDIT_SHORTLIST', 'PROPOSAL_COMPARISON'].includes(s.method)
    ? JSON.stringify(again.shortlist) === JSON.stringify(s.shortlist) : true;
  const refOk = s.method !== 'BEST_PRICE' || Number(again.reference) === Number(s.referencePrice);
  const verified = seedOk && rulesOk && winnerOk && listOk && refOk;
  const order = again.order;
  fill(root, el('h1', {}, ctx.t('verify.title', p.code)), back,
    el('p', {class: 'verdict ' + (verified && server.matches ? 'ok' : 'bad'), id: 'verify-verdict', tabindex: '-1',
      dataset: {verified: String(verified), server: String(server.matches)}},
    ctx.t(verified ? 'verify.verified' : 'verify.failed'), ' ', ctx.t(server.matches ? 'verify.serverAgrees' : 'verify.serverDisagrees')),
    el('ol', {class: 'steps'},
      el('li', {id: 'verify-seed'}, el('h2', {}, ctx.t('verify.step.seed')),
        el('p', {}, ctx.t('verify.commitment', ctx.dateTime(p.publishedAt)), ' ', el('span', {class: 'hash'}, p.seedCommitment)),
        el('p', {}, ctx.t('verify.seed'), ' ', el('span', {class: 'hash', id: 'verify-seed-value'}, s.seed)),
        el('p', {}, 'SHA-256(seed) = ', el('span', {class: 'hash'}, digest(s.seed)), ' ', check(ctx, seedOk, 'verify-seed-ok'))),
      el('li', {id: 'verify-rules'}, el('h2', {}, ctx.t('verify.step.rules')),
        rules ? el('pre', {class: 'rules mono'}, rules.content) : el('p', {}, ctx.t('verify.noRules')),
        el('p', {}, 'SHA-256 = ', el('span', {class: 'hash'}, rules ? digest(rules.content) : ''), ' ', ctx.t('verify.version'), ' ',
          el('span', {class: 'hash'}, p.rulesVersion || ''), ' ', check(ctx, rulesOk, 'verify-rules-ok'))),
      el('li', {id: 'verify-order'}, el('h2', {}, ctx.t('verify.step.order')), el('table', {id: 'verify-participants'},
        el('thead', {}, el('tr', {}, ['verify.position', 'verify.agencyId', 'agency.name', 'register.bid', 'agency.score']
          .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
        el('tbody', {}, order.map((c, i) => el('tr', {dataset: {agency: c.agencyId}, class: c.agencyId === s.winnerAgencyId ? 'chosen' : ''},
          el('td', {}, String(i)), el('td', {}, String(c.agencyId)), el('td', {}, c.name), el('td', {}, yuan(ctx, c.bid)),
          el('td', {}, String(c.creditScore)))))),
      s.excluded.length ? el('p', {}, ctx.t('selection.excluded'), '：', s.excluded.join('；')) : null),
      el('li', {id: 'verify-computation'}, el('h2', {}, ctx.t('verify.step.draw')), el('p', {}, ctx.t('verify.rule')),
        stepList(ctx, order, again.steps),
        again.reference === null ? null : el('p', {}, ctx.t('verify.reference', again.factor, yuan(ctx, again.reference)), ' ',
          check(ctx, refOk, 'verify-reference-ok'))),
      el('li', {id: 'verify-result'}, el('h2', {}, ctx.t('verify.step.result')),
        s.failedReason ? el('p', {}, s.failedReason) : null,
        again.winner === null ? null : el('p', {}, ctx.t('verify.recomputed'), ' ', el('strong', {id: 'verify-winner',
          dataset: {agency: again.winner}}, nameIn(order, again.winner))),
        again.shortlist.length ? el('p', {}, ctx.t('verify.list'), ' ', again.shortlist.map((x) => nameIn(order, x)).join('、')) : null,
        el('p', {}, ctx.t('verify.recorded'), ' ', s.winnerAgencyId == null ? ctx.t('verify.noWinner') : nameIn(order, s.winnerAgencyId),
          ' ', check(ctx, winnerOk && listOk, 'verify-winner-ok'))),
      el('li', {id: 'verify-server'}, el('h2', {}, ctx.t('verify.step.server')), el('p', {},
        ctx.t('verify.serverSays', String(server.seedMatchesCommitment), String(server.rulesMatchVersion),
          server.recomputedWinner == null ? '—' : nameIn(order, server.recomputedWinner)), ' ', check(ctx, server.matches, 'verify-server-ok')))));
}
