// The review form of 好差评 (GB/T 39734), online and on the hall tablet: five levels as large choices that work by
// touch and by keyboard (arrow keys within the group, Enter submits), and for a bad review (差评) its reason, asked for.
import {el, field} from '/ui/shell/dom.js';
import {LEVELS, BAD} from './applicant-code.js';

/**
 * levelChoice(ctx, 'rate', legend): the five levels as a radio group; value() the chosen level or ''. Each choice is
 * a label with data-level, the whole tile a target.
 */
export function levelChoice(ctx, id, legend, onChange) {
  const inputs = LEVELS.map((level) => el('input', {type: 'radio', name: id + '-level', value: level, id: id + '-' + level,
    class: 'level-input'}));
  const group = el('fieldset', {class: 'levels', id: id + '-levels'}, el('legend', {}, legend),
    el('div', {class: 'level-tiles'}, LEVELS.map((level, i) => el('div', {class: 'level level-' + level},
      inputs[i], el('label', {for: inputs[i].id, dataset: {level}}, el('span', {class: 'level-mark', 'aria-hidden': 'true'},
        '★'.repeat(5 - i)), el('span', {}, ctx.t('level.' + level)))))));
  inputs.forEach((input) => input.addEventListener('change', () => onChange && onChange(input.value)));
  return {element: group, value: () => (inputs.find((i) => i.checked) || {}).value || '', focus: () => inputs[0].focus()};
}

/**
 * The whole review: level, comment (the reason, required for a bad review) and, where asked, anonymity. submit(review)
 * sends it; the review is {level, channel, scores, comment, anonymous}.
 */
export function reviewForm(ctx, {id, legend, channel, anonymity, submitLabel, submit}) {
  const comment = el('textarea', {id: id + '-comment', name: 'comment', rows: '3', maxlength: '2000'});
  const commentField = field(ctx.t('review.comment'), comment, ctx.t('review.comment.hint'));
  const label = commentField.querySelector('label');
  const hint = commentField.querySelector('.hint');
  const levels = levelChoice(ctx, id, legend, (level) => {
    const bad = BAD.includes(level);
    label.textContent = ctx.t(bad ? 'review.reason' : 'review.comment');
    hint.textContent = ctx.t(bad ? 'review.reason.hint' : 'review.comment.hint');
    comment.required = bad;
    commentField.classList.toggle('needed', bad);
  });
  const anonymous = anonymity ? el('input', {type: 'checkbox', id: id + '-anonymous', name: 'anonymous'}) : null;
  const button = el('button', {type: 'submit', class: 'primary big', id: id + '-submit'}, submitLabel);
  const form = el('form', {class: 'card review-form', id, novalidate: true}, levels.element, commentField,
    anonymous ? el('div', {class: 'check'}, anonymous, el('label', {for: anonymous.id}, ctx.t('review.anonymous'))) : null,
    el('div', {class: 'actions'}, button));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      const level = levels.value();
      if (!level) {
        levels.focus();
        throw new Error(ctx.t('review.level.required'));
      }
      if (BAD.includes(level) && !comment.value.trim()) {
        comment.focus();
        throw new Error(ctx.t('review.reason.required'));
      }
      button.disabled = true;
      try {
        await submit({level, channel, scores: {}, comment: comment.value.trim() || null, anonymous: Boolean(anonymous && anonymous.checked)});
      } finally {
        button.disabled = false;
      }
    });
  });
  return form;
}
