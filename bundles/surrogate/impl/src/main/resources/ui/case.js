// One on-behalf case: who and what, the authorisation (委托书), where it is decided, the news that came back down,
// sending it up (or to this node's own intake), the supplement a deficiency notice asks for, and the ledger.
import {el, fill} from '/ui/shell/dom.js';
import {decidedAt} from './agent.js';
import {material, materials, docLink} from './papers.js';
import {ledger} from './ledger.js';

/** While a case waits for the deciding node's answer the page asks again, this often, for at most this long. */
const POLL_MS = 3000;
const POLL_FOR_MS = 10 * 60 * 1000;

export async function showCase(root, ctx, ref) {
  const k = await ctx.api('GET', '/v1/surrogate/cases/' + ref.split('/').map(encodeURIComponent).join('/'));
  const work = el('div', {id: 'case', dataset: {ref: k.ref}});
  fill(root, el('h1', {}, ctx.t('case.title', k.ref)), el('p', {}, el('a', {href: '#/surrogate/cases', id: 'case-back'}, ctx.t('case.back'))), work);
  const started = Date.now();
  let timer = null;
  // A case waiting for its answer is asked for again; when its status moves, its facts are shown anew but the books
  // below are kept, so nothing the agent is typing there is lost.
  const show = (c, keepBooks = false) => {
    const books = keepBooks && work.querySelector('#case-books');
    fill(work, summary(ctx, c), news(ctx, c, show), actions(ctx, c, show), books || ledger(ctx, c, show));
    wait(c);
  };
  const wait = (c) => {
    clearTimeout(timer);
    if (c.status !== 'SUBMITTED' || Date.now() - started > POLL_FOR_MS) return;
    timer = setTimeout(async () => {
      if (!work.isConnected) return;
      try {
        const now = await ctx.api('GET', path(c));
        if (!work.isConnected) return;
        if (now.status !== c.status) show(now, true); else wait(c);
      } catch (e) {
        ctx.alert(e);
      }
    }, POLL_MS);
  };
  show(k);
}

function path(k) {
  return '/v1/surrogate/cases/' + k.ref.split('/').map(encodeURIComponent).join('/');
}

function row(label, value, id) {
  return el('tr', {}, el('th', {scope: 'row'}, label), el('td', {id}, value === undefined || value === null ? '' : value));
}

function summary(ctx, k) {
  const a = k.authorisation || {};
  return el('section', {class: 'card', id: 'case-summary', dataset: {status: k.status, ref: k.ref}},
    el('h2', {}, k.itemName, k.greenChannel ? el('span', {class: 'badge green-flag', id: 'case-green'}, ctx.t('green.badge')) : null),
    el('table', {class: 'facts'}, el('tbody', {},
      row(ctx.t('case.status'), ctx.t('status.' + k.status), 'case-status'),
      row(ctx.t('case.itemCode'), k.itemCode),
      row(ctx.t('case.applicant'), k.applicantName + ' · ' + ctx.maskId(k.applicantIdMasked), 'case-applicant'),
      row(ctx.t('case.agent'), k.agentAccount + ' · ' + k.pointCode),
      row(ctx.t('case.decidedAt'), decidedAt(ctx, k.decidingLevel), 'case-decided-at'),
      k.greenChannel ? row(ctx.t('green.project'), k.projectName, 'case-project') : null,
      k.verifiedCertificates.length ? row(ctx.t('new.verified'), k.verifiedCertificates.join('、')) : null,
      row(ctx.t('case.opened'), ctx.dateTime(k.openedAt)),
      k.submittedAt ? row(ctx.t('case.submitted'), ctx.dateTime(k.submittedAt)) : null,
      k.closedAt ? row(ctx.t('case.closed'), ctx.dateTime(k.closedAt)) : null)),
    el('h3', {}, ctx.t('auth.title')),
    el('table', {class: 'facts', id: 'case-authorisation'}, el('tbody', {},
      row(ctx.t('auth.signedBy'), a.signedBy), row(ctx.t('auth.signedOn'), ctx.date(a.signedOn)),
      row(ctx.t('auth.scope'), a.scope), row(ctx.t('auth.doc'), docLink(a.documentRef)))));
}

/** What the deciding node told the point: its case number, the notice, the promised date, the decision. */
function news(ctx, k, show) {
  const word = lastWord(ctx, k.lastNews);
  const refresh = el('button', {type: 'button', class: 'link', id: 'case-refresh', onclick: () => ctx.run(async () => {
    show(await ctx.api('GET', path(k)));
    document.getElementById('case-news').focus();
  })}, ctx.t('news.refresh'));
  return el('section', {class: 'card', id: 'case-news', tabindex: '-1', 'aria-live': 'polite'},
    el('div', {class: 'section-head'}, el('h2', {}, ctx.t('news.title')), refresh),
    k.status === 'OPEN' ? el('p', {}, ctx.t('news.open')) : null,
    k.status === 'SUBMITTED' ? el('p', {id: 'news-waiting'}, ctx.t('news.waiting', decidedAt(ctx, k.decidingLevel))) : null,
    el('table', {class: 'facts'}, el('tbody', {},
      k.caseNumber ? row(ctx.t('case.number'), k.caseNumber, 'news-case-number') : null,
      k.promisedDate ? row(ctx.t('case.promised'), ctx.date(k.promisedDate), 'news-promised') : null,
      k.outcome ? row(ctx.t('news.result'), ctx.t('outcome.' + k.outcome), 'news-outcome') : null,
      word ? row(ctx.t('news.last'), word, 'news-last') : null)),
    k.status === 'DEFICIENT' && k.missing.length
      ? el('div', {class: 'flag', id: 'news-missing'}, el('strong', {}, ctx.t('news.deficient')),
        el('ul', {}, k.missing.map((m) => el('li', {}, m))))
      : null);
}

/** The last news as "action: detail"; the action in the reader's words where it is a known one. */
function lastWord(ctx, text) {
  if (!text) return '';
  const at = text.indexOf(': ');
  const action = at < 0 ? text : text.slice(0, at);
  const said = ctx.t('news.' + action);
  return said === 'news.' + action ? text : said + (at < 0 ? '' : '：' + text.slice(at + 2));
}

function actions(ctx, k, show) {
  const agent = (ctx.user.roles || []).includes('agent');
  if (!agent) return null;
  if (k.status === 'OPEN') {
    const local = k.decidingLevel === ctx.node.level;
    const send = el('button', {type: 'button', class: 'primary', id: 'case-submit', onclick: () => ctx.run(async () => {
      show(await ctx.api('POST', path(k) + '/submission'));
      document.getElementById('case-news').focus();
    })}, local ? ctx.t('submit.local') : ctx.t('submit.up', ctx.t('level.' + k.decidingLevel)));
    return el('section', {class: 'card', id: 'case-send'}, el('h2', {}, ctx.t('submit.title')),
      el('p', {}, local ? ctx.t('submit.local.hint') : ctx.t('submit.up.hint')), send);
  }
  if (k.status === 'DEFICIENT') return supplement(ctx, k, show);
  return null;
}

/** 补正: the papers the notice named, sent the way the application went. */
function supplement(ctx, k, show) {
  const inputs = k.missing.map((m) => {
    const code = String(m).split(/\s+/)[0];
    return material(ctx, code, String(m).slice(code.length).trim(), null);
  });
  const form = el('form', {class: 'card', id: 'supplement', novalidate: true}, el('h2', {}, ctx.t('supplement.title')),
    inputs.map((i) => i.element),
    el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'primary', id: 'supplement-submit'}, ctx.t('supplement.submit'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.run(async () => show(await ctx.api('POST', path(k) + '/supplement', {materials: await materials(inputs)})));
  });
  return form;
}
