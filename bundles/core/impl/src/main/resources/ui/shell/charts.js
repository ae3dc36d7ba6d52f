// Charts for every module's pages: Apache ECharts (the webjar's ES-module build, unpacked by core's build into
// vendor/), imported once on first use; beside each chart a one-line summary and the same figures as a table, so
// nothing is shown only as a picture. The tooltip is drawn on the canvas (richText): ECharts' HTML tooltip would need
// inline styles, which the hall's policy refuses.
import {el} from './dom.js';

let library;
const live = new Set();

/** The ECharts module, loaded once for every page. */
export function echarts() {
  if (!library) {
    library = import('./vendor/echarts.esm.min.js');
    window.addEventListener('resize', () => {
      for (const c of live) {
        if (c.isDisposed() || !c.getDom().isConnected) live.delete(c); else c.resize();
      }
    });
  }
  return library;
}

const WORDS = {
  zh: {bar: '柱状图', line: '折线图', pie: '饼图', data: '数据表', none: '暂无数据', max: '最高', min: '最低', total: '合计', sep: '；', colon: '：', comma: '，'},
  en: {bar: 'Bar chart', line: 'Line chart', pie: 'Pie chart', data: 'Data table', none: 'No data', max: 'highest',
    min: 'lowest', total: 'total', sep: '; ', colon: ': ', comma: ', '},
};

/** Same colours as the hall's stylesheet (accent, ok, warn, bad), then neutral ones. */
const PALETTE = ['#0b5cad', '#1b6e3a', '#c98a00', '#a61b1b', '#6b4fa3', '#2f7f8a', '#8a6d3b', '#52606d'];

/**
 * A figure with a chart, drawn as soon as the figure is in the page: chart(ctx, {id, type: 'bar'|'line'|'pie', title,
 * categories, series: [{name, data, type?, stack?, colour?}], unit ('%' shows numbers as percentages), label (the
 * categories' heading in the table), height, horizontal, labels (each value written on its bar)}). Missing values
 * (null) stay gaps. The figure holds the title, the chart's element (#id, role img with the summary as its label;
 * data-drawn once drawn), the summary and a table of every figure; its {@code ready} promise answers the instance.
 */
export function chart(ctx, spec) {
  const words = WORDS[ctx.language === 'en' ? 'en' : 'zh'];
  const id = spec.id || 'chart-' + Math.random().toString(36).slice(2, 8);
  const summary = summarise(spec, words);
  const host = el('div', {id, class: 'chart', role: 'img',
    'aria-label': words[spec.type] + (spec.title ? ' · ' + spec.title : '') + words.colon + summary,
    dataset: {type: spec.type}});
  host.style.height = spec.height || '20rem';
  host.style.width = '100%';
  const figure = el('figure', {class: 'chart-figure', id: id + '-figure'},
    spec.title ? el('figcaption', {}, spec.title) : null, host,
    el('p', {class: 'chart-summary', id: id + '-summary'}, summary),
    el('details', {class: 'chart-data'}, el('summary', {}, words.data), table(spec, words)));
  // A failure to draw (the library missing) shows in the page's alert, as any other error does.
  figure.ready = draw(host, spec, words).catch((e) => {
    if (ctx.alert) ctx.alert(e);
    return null;
  });
  return figure;
}

/** Draws once the element is in the page (ECharts measures it); answers the ECharts instance. */
async function draw(host, spec, words) {
  const lib = await echarts();
  for (let frames = 0; !host.isConnected; frames++) {
    if (frames > 600) return null;   // the page moved on before placing it
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  const instance = lib.init(host, null, {renderer: 'canvas', locale: words === WORDS.en ? 'EN' : 'ZH'});
  instance.setOption(options(spec, words));
  live.add(instance);
  host.dataset.drawn = 'true';
  return instance;
}

function number(value, spec) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return spec.unit === '%' ? (Math.round(value * 10) / 10) + '%' : String(value);
}

function options(spec, words) {
  // ECharts' own aria would overwrite the figure's label with a generic one: the summary above is the label.
  const base = {animation: false, color: PALETTE, aria: {enabled: false},
    tooltip: {renderMode: 'richText', trigger: spec.type === 'pie' ? 'item' : 'axis'},
    textStyle: {fontFamily: 'PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif'}};
  if (!spec.categories.length) {
    return {...base, title: {text: words.none, left: 'center', top: 'middle', textStyle: {color: '#52606d', fontSize: 16}}};
  }
  if (spec.type === 'pie') {
    const s = spec.series[0];
    return {...base, legend: {bottom: 0, type: 'scroll', textStyle: {fontSize: 13}},
      series: [{type: 'pie', name: s.name, radius: ['35%', '65%'], label: {formatter: '{b}: {c}'},
        data: spec.categories.map((c, i) => ({name: c, value: s.data[i]}))}]};
  }
  const category = {type: 'category', data: spec.categories,
    axisLabel: {interval: 0, hideOverlap: true, width: 160, overflow: 'truncate', fontSize: 13, color: '#1d2a38'}};
  const value = {type: 'value', max: spec.unit === '%' ? 100 : null, minInterval: spec.unit === '%' ? 0 : 1,
    axisLabel: {formatter: spec.unit === '%' ? '{value}%' : '{value}', fontSize: 13}};
  return {...base, legend: spec.series.length > 1 ? {top: 0, type: 'scroll', textStyle: {fontSize: 13}} : undefined,
    grid: {left: 16, right: 24, top: spec.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true},
    xAxis: spec.horizontal ? value : category, yAxis: spec.horizontal ? {...category, inverse: true} : value,
    series: spec.series.map((s) => ({type: s.type || spec.type, name: s.name, data: s.data, stack: s.stack, connectNulls: false,
      itemStyle: s.colour ? {color: s.colour} : undefined, barMaxWidth: 48,
      label: spec.labels ? {show: true, position: spec.horizontal ? 'right' : 'top', formatter: (p) => number(p.value, spec)} : undefined}))};
}

/** One line: per series its total (for counts) or its highest and lowest category (for rates). */
function summarise(spec, words) {
  if (!spec.categories.length) return words.none;
  return spec.series.map((s) => {
    const known = s.data.map((v, i) => [v, spec.categories[i]]).filter(([v]) => v !== null && v !== undefined);
    if (!known.length) return s.name + words.colon + words.none;
    if (spec.unit !== '%') {
      return s.name + words.colon + words.total + ' ' + known.reduce((sum, [v]) => sum + v, 0);
    }
    const max = known.reduce((a, b) => (b[0] > a[0] ? b : a));
    const min = known.reduce((a, b) => (b[0] < a[0] ? b : a));
    return s.name + words.colon + words.max + ' ' + max[1] + ' ' + number(max[0], spec)
      + (known.length > 1 ? words.comma + words.min + ' ' + min[1] + ' ' + number(min[0], spec) : '');
  }).join(words.sep);
}

function table(spec, words) {
  return el('table', {},
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, spec.label || ''), spec.series.map((s) => el('th', {scope: 'col'}, s.name)))),
    el('tbody', {}, spec.categories.length ? spec.categories.map((c, i) => el('tr', {},
      el('th', {scope: 'row'}, c), spec.series.map((s) => el('td', {}, number(s.data[i], spec)))))
      : el('tr', {}, el('td', {colspan: spec.series.length + 1}, words.none))));
}
