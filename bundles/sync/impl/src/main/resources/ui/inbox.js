// 下级报送: what child nodes sent here (each event once, by id) — from which child, where it happened, when it came —
// newest last as the inbox keeps them, narrowed to one subject (case:N, item:CODE) when ops look for one.
import {el, fill, field} from '/ui/shell/dom.js';

export async function render(root, ctx) {
  ctx.style('sync.css');
  const subject = el('input', {id: 'inbox-subject', name: 'subject', autocomplete: 'off', spellcheck: 'false'});
  const list = el('div', {id: 'inbox', 'aria-live': 'polite'});
  const form = el('form', {class: 'card row', id: 'inbox-filter'}, field(ctx.t('inbox.subject'), subject, ctx.t('inbox.subject.hint')),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => load(ctx, subject.value.trim(), list));
  });
  fill(root, el('h1', {}, ctx.t('inbox.title')), form, list);
  if (ctx.params[0]) subject.value = ctx.params[0];
  await ctx.run(() => load(ctx, subject.value.trim(), list));
}

async function load(ctx, subject, list) {
  const entries = await ctx.api('GET', '/v1/sync/inbox?limit=200' + (subject ? '&subject=' + encodeURIComponent(subject) : ''));
  if (!entries.length) {
    fill(list, el('p', {class: 'card', id: 'inbox-none'}, ctx.t('inbox.none')));
    return;
  }
  fill(list, el('table', {id: 'inbox-table'},
    el('caption', {}, ctx.t('inbox.count', entries.length)),
    el('thead', {}, el('tr', {}, ['inbox.receivedAt', 'inbox.from', 'inbox.origin', 'event.subject', 'event.seq', 'event.type']
      .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, entries.map((e) => el('tr', {dataset: {event: e.eventId}},
      el('td', {}, ctx.dateTime(e.receivedAt)), el('td', {}, e.receivedFrom), el('td', {}, e.originNode),
      el('td', {}, el('code', {}, e.subject)), el('td', {}, String(e.subjectSeq)), el('td', {}, e.type))))));
}
