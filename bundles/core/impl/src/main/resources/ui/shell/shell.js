// The hall's shell: sign-in, the hall and the user, the language, navigation from the installed modules, and hash
// routes #/<module>/<entry>[/…] that load /ui/<module>/<script> and call its render(element, ctx).
import {api, Problem, setCsrf, setLanguage} from './api.js';
import {el, fill, field} from './dom.js';
import * as format from './format.js';

const $ = (id) => document.getElementById(id);
const messageCache = new Map();
const state = {language: localStorage.getItem('tongban.language') === 'en' ? 'en' : 'zh', user: null, node: null, modules: []};
let shellT = (key) => key;

async function messages(module, language) {
  const key = module + '/' + language;
  if (!messageCache.has(key)) {
    messageCache.set(key, fetch('/ui/' + module + '/messages.' + language + '.json').then((r) => (r.ok ? r.json() : {})));
  }
  return messageCache.get(key);
}

function translator(dict) {
  return (key, ...args) => {
    const text = Object.prototype.hasOwnProperty.call(dict, key) ? dict[key] : key;
    return String(text).replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  };
}

/** Shows an error (a Problem's title, detail and every fault) in the alert region, and moves the focus there. */
export function showError(error) {
  const box = $('alert');
  const problem = error instanceof Problem ? error : null;
  const title = problem && problem.status === 0 ? shellT('error.network') : (problem && problem.title) || shellT('error');
  fill(box, el('strong', {}, title),
    problem && problem.detail ? el('p', {}, problem.detail) : (!problem ? el('p', {}, String(error && error.message || error)) : null),
    problem && problem.problems.length ? el('ul', {}, problem.problems.map((p) => el('li', {}, p))) : null);
  box.hidden = false;
  box.focus();
}

function clearError() {
  const box = $('alert');
  box.hidden = true;
  box.replaceChildren();
}

function title(text) {
  return text ? (state.language === 'en' ? text.en || text.zh : text.zh) : '';
}

function context(module, t) {
  return {
    api, t, language: state.language, user: state.user, node: state.node, zone: format.ZONE,
    navigate: (route) => { location.hash = '#/' + route.replace(/^#?\/?/, ''); },
    date: (v) => format.date(v, state.language), dateTime: (v) => format.dateTime(v, state.language),
    maskId: format.maskId, maskPhone: format.maskPhone,
    alert: showError, clearAlert: clearError,
    /** Links one of the module's style sheets (once). */
    style: (file) => {
      const href = '/ui/' + module.id + '/' + file;
      if (!document.querySelector('link[href="' + href + '"]')) document.head.append(el('link', {rel: 'stylesheet', href}));
    },
    /** Runs a page's action: clears the alert first, shows any failure in it. Answers the action's result or undefined. */
    run: async (action) => {
      clearError();
      try {
        return await action();
      } catch (e) {
        showError(e);
        return undefined;
      }
    },
  };
}

function renderLogin() {
  $('bar').hidden = true;
  const user = el('input', {name: 'user', autocomplete: 'username', required: true, autocapitalize: 'none'});
  const password = el('input', {name: 'password', type: 'password', autocomplete: 'current-password', required: true});
  const form = el('form', {class: 'card login', id: 'login'},
    el('h1', {tabindex: '-1'}, shellT('login.title')),
    field(shellT('login.user'), user), field(shellT('login.password'), password),
    el('button', {type: 'submit', class: 'primary'}, shellT('login.submit')),
    languageButton('lang-login'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError();
    try {
      const session = await api('POST', '/v1/session', {user: user.value.trim(), password: password.value});
      setCsrf(session.csrfToken);
      state.user = session;
      await enter();
    } catch (e) {
      showError(e);
      password.select();
    }
  });
  fill($('main'), form);
  user.focus();
}

function languageButton(id) {
  return el('button', {type: 'button', class: 'link', id, lang: state.language === 'zh' ? 'en' : 'zh',
    'aria-label': shellT('language.label'), onclick: switchLanguage}, shellT('language'));
}

async function switchLanguage() {
  state.language = state.language === 'zh' ? 'en' : 'zh';
  localStorage.setItem('tongban.language', state.language);
  await applyLanguage();
  if (state.user) await enter(); else renderLogin();
}

async function applyLanguage() {
  setLanguage(state.language);
  document.documentElement.lang = state.language === 'en' ? 'en' : 'zh-CN';
  shellT = translator(await messages('shell', state.language));
  $('skip').textContent = shellT('skip');
  $('nav').setAttribute('aria-label', shellT('nav'));
}

async function enter() {
  const [node, modules] = await Promise.all([api('GET', '/v1/node'), api('GET', '/v1/ui/modules')]);
  state.node = node;
  state.modules = modules;
  $('brand').textContent = shellT('brand');
  $('hall').textContent = node.name + ' · ' + shellT('level.' + node.level) + ' · ' + node.divisionCode;
  const roles = (state.user.roles || []).map((r) => shellT('role.' + r)).join('、');
  $('who').textContent = shellT('who', state.user.user, roles);
  fill($('lang'), shellT('language'));
  $('lang').setAttribute('aria-label', shellT('language.label'));
  $('logout').textContent = shellT('logout');
  fill($('nav'), el('ul', {}, modules.flatMap((m) => m.entries.map((e) =>
    el('li', {}, el('a', {href: '#/' + m.id + '/' + e.id, id: 'nav-' + m.id + '-' + e.id}, title(m.title) + ' · ' + title(e.title)))))));
  $('bar').hidden = false;
  await route();
}

async function route() {
  if (!state.user) return;
  clearError();
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const main = $('main');
  document.querySelectorAll('#nav a').forEach((a) => a.removeAttribute('aria-current'));
  if (parts.length < 2) {
    const first = state.modules[0];
    if (first) {
      location.replace('#/' + first.id + '/' + first.entries[0].id);
      return;
    }
    fill(main, el('h1', {tabindex: '-1'}, shellT('home.title')), el('p', {}, shellT('home.none')));
    main.querySelector('h1').focus();
    return;
  }
  const module = state.modules.find((m) => m.id === parts[0]);
  const entry = module && module.entries.find((e) => e.id === parts[1]);
  if (!entry) {
    fill(main, el('h1', {tabindex: '-1'}, shellT('notfound', parts.join('/'))));
    main.querySelector('h1').focus();
    return;
  }
  const link = $('nav-' + module.id + '-' + entry.id);
  if (link) link.setAttribute('aria-current', 'page');
  try {
    const [page, dict] = await Promise.all([import('/ui/' + module.id + '/' + entry.script), messages(module.id, state.language)]);
    main.replaceChildren();
    const ctx = {...context(module, translator(dict)), module: module.id, entry: entry.id, params: parts.slice(2)};
    await page.render(main, ctx);
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  } catch (e) {
    showError(e);
  }
}

async function logout() {
  try {
    await api('DELETE', '/v1/session');
  } catch (e) {
    // Gone already (idle): signed out all the same.
  }
  setCsrf('');
  state.user = null;
  history.replaceState(null, '', '/');
  renderLogin();
}

async function start() {
  await applyLanguage();
  $('lang').addEventListener('click', switchLanguage);
  $('logout').addEventListener('click', logout);
  window.addEventListener('hashchange', route);
  // Only a tab that signed in asks for its session back: asking without one would be a needless 401.
  if (sessionStorage.getItem('tongban.csrf')) {
    try {
      state.user = await api('GET', '/v1/session');
      setCsrf(state.user.csrfToken);
      await enter();
      return;
    } catch (e) {
      setCsrf('');
      state.user = null;
    }
  }
  renderLogin();
}

start();
