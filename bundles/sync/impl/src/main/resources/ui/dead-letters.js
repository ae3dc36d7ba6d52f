// 死信: the events the parent rejected, each with its reason. Ops send one again once the fault is mended (it goes
// back to the outbox, and to the dead letters again if the parent still refuses it) or drop it; supervisors read.
import {el, fill} from '/ui/shell/dom.js';

export async function render(root, ctx) {
  ctx.style('sync.css');
  const note = el('p', {id: 'dl-note', class: 'note', tabindex: '-1', hidden: true, 'aria-live': 'polite'});
  const list = el('div', {id: 'dead-letters'});
  const refresh = el('button', {type: 'button', id: 'dl-refresh'}, ctx.t('refresh'));
  refresh.addEventListener('click', () => ctx.run(() => load(ctx, list, note)));
  fill(root, el('h1', {}, ctx.t('dl.title')), el('p', {class: 'hint'}, ctx.t('dl.hint')),
    el('div', {class: 'actions'}, refresh), note, list);
  await ctx.run(() => load(ctx, list, note));
}

async function load(ctx, list, note) {
  const letters = await ctx.api('GET', '/v1/sync/dead-letters?limit=200');
  if (!letters.length) {
    fill(list, el('p', {class: 'card', id: 'dl-none'}, ctx.t('dl.none')));
    return;
  }
  const ops = (ctx.user.roles || []).includes('ops');
  fill(list, el('table', {id: 'dl-table'},
    el('caption', {}, ctx.t('dl.count', letters.length)),
    el('thead', {}, el('tr', {}, ['dl.at', 'event.subject', 'event.type', 'dl.origin', 'dl.reason', ops ? 'dl.actions' : null]
      .filter(Boolean).map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, letters.map((d) => el('tr', {dataset: {event: d.eventId, at: d.at}},
      el('td', {}, ctx.dateTime(d.at)), el('td', {}, el('code', {}, d.subject)), el('td', {}, d.type),
      el('td', {}, d.originNode), el('td', {class: 'reason'}, d.reason, el('div', {class: 'hint'}, el('code', {}, d.eventId))),
      ops ? el('td', {}, actions(ctx, d, list, note)) : null)))));
}

/** Retry at once; drop only after a second, explicit confirmation in place (a dropped event is never sent). */
function actions(ctx, d, list, note) {
  const box = el('div', {class: 'actions'});
  const done = async (key) => {
    note.textContent = ctx.t(key, d.subject, d.eventId);
    note.hidden = false;
    await load(ctx, list, note);
    note.focus();
  };
  const retry = el('button', {type: 'button', class: 'dl-retry primary'}, ctx.t('dl.retry'));
  retry.addEventListener('click', () => ctx.run(async () => {
    await ctx.api('POST', '/v1/sync/dead-letters/' + encodeURIComponent(d.eventId) + '/retry');
    await done('dl.retried');
  }));
  const drop = el('button', {type: 'button', class: 'dl-drop'}, ctx.t('dl.drop'));
  drop.addEventListener('click', () => {
    const yes = el('button', {type: 'button', class: 'dl-drop-confirm primary'}, ctx.t('dl.drop.confirm'));
    const no = el('button', {type: 'button', class: 'dl-drop-cancel'}, ctx.t('dl.drop.cancel'));
    yes.addEventListener('click', () => ctx.run(async () => {
      await ctx.api('DELETE', '/v1/sync/dead-letters/' + encodeURIComponent(d.eventId));
      await done('dl.dropped');
    }));
    no.addEventListener('click', () => {
      fill(box, retry, drop);
      drop.focus();
    });
    fill(box, el('span', {role: 'alert'}, ctx.t('dl.drop.ask')), yes, no);
    no.focus();
  });
  return fill(box, retry, drop);
}
