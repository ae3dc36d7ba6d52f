// What the statistics pages share: the levels and groupings of 好差评, the period form, rates, the CSV link.
import {el, field} from '/ui/shell/dom.js';

/** The five levels of GB/T 39734, best first (the order of a line's counts); the bottom two are bad reviews. */
export const LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED'];

/** What statistics group by. */
export const DIMENSIONS = ['WINDOW', 'CLERK', 'DEPARTMENT', 'ITEM', 'NODE'];

/** A rate of the API (already in percent, two decimals) as shown; a dash when there is none (not 0, not 100). */
export function rate(ctx, value) {
  return value === null || value === undefined ? ctx.t('stats.rate.none') : value + '%';
}

/** A group's name as shown: its name, else its key; the evaluations without a group by their own words. */
export function groupName(ctx, line) {
  return line.key === '(none)' ? ctx.t('stats.nogroup') : line.name || line.key;
}

/** The grouping select, with the page's default chosen. */
export function dimensionSelect(ctx, id, chosen) {
  return el('select', {id, name: 'by'}, DIMENSIONS.map((d) => el('option', {value: d, selected: d === chosen}, ctx.t('dimension.' + d))));
}

/** The form of a period and a grouping: Enter or the button runs submit(by, from, to); empty dates are the node's. */
export function periodForm(ctx, prefix, by, submit) {
  const from = el('input', {type: 'date', id: prefix + '-from', name: 'from'});
  const to = el('input', {type: 'date', id: prefix + '-to', name: 'to'});
  const form = el('form', {class: 'card row no-print', id: prefix + '-form'}, field(ctx.t('stats.by'), by),
    field(ctx.t('stats.from'), from), field(ctx.t('stats.to'), to), el('button', {type: 'submit', class: 'primary'}, ctx.t('stats.show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  return {form, from, to};
}

/** The query of a period form; the dates left out are the node's own (its month so far). */
export function query(by, from, to, extra = {}) {
  const q = new URLSearchParams({by: by.value, ...extra});
  if (from.value) q.set('from', from.value);
  if (to.value) q.set('to', to.value);
  return q;
}

/** A link to the same figures as CSV: the session's cookie carries the sign-in, the node answers text/csv. */
export function csvLink(ctx, id, path, q, label) {
  const csv = new URLSearchParams(q);
  csv.set('format', 'csv');
  return el('a', {href: '/api' + path + '?' + csv, id, class: 'button-link', type: 'text/csv', download: ''}, label);
}
