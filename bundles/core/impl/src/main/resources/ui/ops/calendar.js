// 工作日历: the years in force — official (the State Council's notice loaded) or provisional (weekends only, until
// it is) — with their holidays and working weekend days, the year files refused at load, and the dry run of a new
// year file: the days it changes and every open date that would move, before anything is loaded.
import {el, fill, field} from '/ui/shell/dom.js';

export async function render(root, ctx) {
  ctx.style('ops.css');
  const year = new Date().toLocaleDateString('sv', {timeZone: ctx.zone}).slice(0, 4);
  const from = el('input', {id: 'cal-from', name: 'from', inputmode: 'numeric', pattern: '[0-9]{4}', value: year, required: true});
  const to = el('input', {id: 'cal-to', name: 'to', inputmode: 'numeric', pattern: '[0-9]{4}', value: String(Number(year) + 1), required: true});
  const years = el('div', {id: 'cal-years', 'aria-live': 'polite'});
  const pick = el('form', {class: 'card row', id: 'cal-range'}, field(ctx.t('cal.from'), from), field(ctx.t('cal.to'), to),
    el('button', {type: 'submit', class: 'primary'}, ctx.t('cal.show')));
  pick.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(() => load(ctx, from.value, to.value, years));
  });
  fill(root, el('h1', {}, ctx.t('cal.title')), pick, years, preview(ctx));
  await ctx.run(() => load(ctx, from.value, to.value, years));
}

async function load(ctx, from, to, box) {
  const answer = await ctx.api('GET', '/v1/calendar/years?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to));
  fill(box,
    answer.refusedFiles.length ? el('div', {class: 'card', id: 'cal-refused'}, el('h2', {}, ctx.t('cal.refused')),
      el('ul', {class: 'warnings'}, answer.refusedFiles.map((f) => el('li', {}, f)))) : null,
    el('table', {id: 'cal-table'},
      el('caption', {}, ctx.t('cal.years', answer.years.length)),
      el('thead', {}, el('tr', {}, ['cal.year', 'cal.state', 'cal.workingDays', 'cal.holidays', 'cal.workingWeekend']
        .map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
      el('tbody', {}, answer.years.map((y) => el('tr', {dataset: {year: String(y.year), provisional: String(y.provisional)}},
        el('th', {scope: 'row'}, String(y.year)),
        el('td', {class: y.provisional ? 'provisional' : 'official'}, ctx.t(y.provisional ? 'cal.provisional' : 'cal.official'),
          y.provisional ? el('div', {class: 'hint'}, ctx.t('cal.provisional.hint', y.year)) : null),
        el('td', {}, String(y.workingDays)),
        el('td', {}, days(ctx, y.holidays)), el('td', {}, days(ctx, y.workingWeekendDays)))))));
}

function days(ctx, list) {
  const sorted = [...(list || [])].sort();
  if (!sorted.length) return '—';
  return el('details', {}, el('summary', {}, ctx.t('cal.days', sorted.length)),
    el('p', {class: 'days'}, sorted.map((d) => ctx.date(d)).join('、')));
}

/** The dry run of a year file (etc/tongban/calendar/YYYY.cal): refused with its line, or what it would change. */
function preview(ctx) {
  const year = el('input', {id: 'cal-preview-year', name: 'year', inputmode: 'numeric', pattern: '[0-9]{4}', required: true});
  const file = el('input', {id: 'cal-preview-file', name: 'file', type: 'file', accept: '.cal,text/plain', required: true});
  const out = el('div', {id: 'cal-preview', 'aria-live': 'polite', tabindex: '-1'});
  const form = el('form', {class: 'card', id: 'cal-preview-form', 'aria-labelledby': 'cal-preview-h'},
    el('h2', {id: 'cal-preview-h'}, ctx.t('cal.preview')), el('p', {class: 'hint'}, ctx.t('cal.preview.hint')),
    el('div', {class: 'row'}, field(ctx.t('cal.year'), year), field(ctx.t('cal.file'), file)),
    el('button', {type: 'submit', class: 'primary', id: 'cal-preview-submit'}, ctx.t('cal.preview.run')), out);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => {
      if (!file.files[0]) throw new Error(ctx.t('cal.file.missing'));
      const p = await ctx.api('POST', '/v1/calendar/preview?year=' + encodeURIComponent(year.value.trim()), file.files[0],
        {headers: {'Content-Type': 'text/plain;charset=utf-8'}});
      fill(out, el('p', {}, ctx.t(p.replacesProvisional ? 'cal.preview.replaces' : 'cal.preview.official', p.year)),
        el('p', {}, ctx.t('cal.preview.daysOff', p.newDaysOff.length), ' ', p.newDaysOff.map((d) => ctx.date(d)).join('、')),
        el('p', {}, ctx.t('cal.preview.workDays', p.newWorkingDays.length), ' ', p.newWorkingDays.map((d) => ctx.date(d)).join('、')),
        p.changes.length ? el('table', {id: 'cal-changes'}, el('caption', {}, ctx.t('cal.changes', p.changes.length)),
          el('thead', {}, el('tr', {}, ['cal.subject', 'cal.what', 'cal.before', 'cal.after'].map((k) => el('th', {scope: 'col'}, ctx.t(k))))),
          el('tbody', {}, p.changes.map((c) => el('tr', {}, el('td', {}, c.subject), el('td', {}, c.what),
            el('td', {}, ctx.date(c.before)), el('td', {}, ctx.date(c.after) + (c.moved ? '' : ' ' + ctx.t('cal.unmoved')))))))
          : el('p', {}, ctx.t('cal.noChanges')));
      out.focus();
    });
  });
  return form;
}
