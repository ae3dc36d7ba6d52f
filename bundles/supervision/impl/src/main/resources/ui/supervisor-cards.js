// What the supervision pages share: the colours in their order, a table of cards, shares shown as percentages.
import {el} from '/ui/shell/dom.js';

/** The colours from the mildest: a warning before the due date, a yellow card once overdue, a red card later. */
export const COLOURS = ['WARNING', 'YELLOW', 'RED'];

/** The chart colour of each: green for a warning still in time, amber, red. */
export const COLOUR_CHART = {WARNING: '#1b6e3a', YELLOW: '#c98a00', RED: '#a61b1b'};

/** A share of the API (0.9512) as the hall reads it (95.1%); a dash for none. */
export function percent(ctx, share) {
  return share === null || share === undefined ? ctx.t('rate.none') : (Math.round(share * 1000) / 10) + '%';
}

/** A card's deadline in words: working days overdue, or (a warning) working days left. */
function threshold(ctx, card) {
  return card.threshold < 0 ? ctx.t('card.left', -card.threshold) : ctx.t('card.over', card.threshold);
}

/** The cards as a table, one row each (data-card, data-colour, data-case); data-filter says which colour it lists. */
export function cardTable(ctx, cards, colour) {
  return el('table', {id: 'card-table', tabindex: '-1', dataset: {filter: colour || 'all'}},
    el('caption', {}, ctx.t('cards.count', cards.length)),
    el('thead', {}, el('tr', {}, ['card.colour', 'card.subject', 'card.scope', 'cards.department', 'card.due', 'card.threshold',
      'card.issued', 'card.closed'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
    el('tbody', {}, cards.map((c) => el('tr', {dataset: {card: String(c.id), colour: c.colour, case: c.caseNumber}},
      el('td', {class: 'card-' + c.colour}, el('span', {class: 'dot dot-' + c.colour, 'aria-hidden': 'true'}), ctx.t('colour.' + c.colour)),
      el('td', {class: 'subject'}, c.caseNumber), el('td', {}, ctx.t('scope.' + c.scope)),
      el('td', {}, c.departmentName || c.departmentCode),
      el('td', {}, ctx.date(c.dueDate), c.provisional ? el('span', {class: 'hint'}, ctx.t('card.provisional')) : null),
      el('td', {}, threshold(ctx, c)), el('td', {}, ctx.date(c.issuedOn)),
      el('td', {}, c.closedOn ? ctx.date(c.closedOn) + (c.closedReason ? ' · ' + c.closedReason : '') : ctx.t('card.open'))))));
}
