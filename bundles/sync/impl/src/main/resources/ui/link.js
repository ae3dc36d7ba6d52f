// 上级链路: the link to the parent — where it goes, events waiting, delivered since start, failures in a row with the
// last error (the back-off grows with them), dead letters to act on, and the last pull of the parent's catalogue.
import {el, fill} from '/ui/shell/dom.js';

export async function render(root, ctx) {
  ctx.style('sync.css');
  const out = el('div', {id: 'sync-link', 'aria-live': 'polite'});
  const refresh = el('button', {type: 'button', id: 'link-refresh'}, ctx.t('refresh'));
  refresh.addEventListener('click', () => ctx.run(() => load(ctx, out)));
  fill(root, el('h1', {}, ctx.t('link.title')), el('div', {class: 'actions'}, refresh), out);
  await ctx.run(() => load(ctx, out));
}

function state(s) {
  if (!s.upstream) return 'none';
  return s.failuresInARow > 0 ? 'failing' : 'ok';
}

async function load(ctx, out) {
  const s = await ctx.api('GET', '/v1/sync/status');
  const st = state(s);
  fill(out, el('section', {class: 'card', id: 'link-status', dataset: {state: st, pending: String(s.pending)}},
    el('p', {}, el('span', {class: 'link-' + st}, ctx.t('link.' + st))),
    el('dl', {class: 'facts'},
      fact(ctx, 'link.upstream', s.upstream || ctx.t('link.noUpstream')),
      fact(ctx, 'link.running', ctx.t(s.running ? 'yes' : 'no')),
      fact(ctx, 'link.pending', s.pending, 'link-pending'),
      fact(ctx, 'link.delivered', s.deliveredSinceStart),
      fact(ctx, 'link.lastDelivery', s.lastDelivery ? ctx.dateTime(s.lastDelivery) : '—'),
      fact(ctx, 'link.failures', s.failuresInARow, 'link-failures'),
      fact(ctx, 'link.lastError', s.lastError ? s.lastError + (s.lastErrorAt ? '（' + ctx.dateTime(s.lastErrorAt) + '）' : '') : '—', 'link-error'),
      fact(ctx, 'link.catalogPull', s.lastCatalogPull ? ctx.dateTime(s.lastCatalogPull) : '—'),
      [el('dt', {}, ctx.t('link.deadLetters')), el('dd', {id: 'link-dead'}, s.deadLetters > 0
        ? el('a', {href: '#/sync/dead-letters'}, ctx.t('link.deadLetters.open', s.deadLetters)) : '0')])));
}

function fact(ctx, key, value, id) {
  return [el('dt', {}, ctx.t(key)), el('dd', {id}, String(value))];
}
