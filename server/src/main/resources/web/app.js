// Zhonghe web UI: the shell (language, sign-in, API calls, routing, formatting). No build step.
'use strict';
const Z = window.Z = {
  lang: localStorage.getItem('zhonghe.lang') || ((navigator.language || '').startsWith('zh') ? 'zh' : 'en'),
  msgs: {}, pages: {}, charts: [], cache: {},
  session: JSON.parse(sessionStorage.getItem('zhonghe.session') || 'null'),
};
const ROLES = ['viewer', 'editor', 'admin'];

/** A message of the bundles, MessageFormat style: {0} arguments, '' for an apostrophe. */
Z.t = (key, ...args) => {
  const s = Z.msgs[key];
  if (s == null) return key;
  return s.replace(/\{(\d+)\}/g, (m, i) => (args[i] == null ? m : String(args[i]))).replace(/''/g, "'");
};
Z.locale = () => (Z.lang === 'zh' ? 'zh-CN' : 'en-GB');

/**
 * A decimal string formatted for the language, exactly (no binary double): grouping from BigInt;
 * a negative with the hyphen-minus of the findings, the command line and the report (-37,400, one sign everywhere).
 */
Z.num = (s) => {
  if (s == null || s === '') return Z.t('ui.empty');
  const m = String(s).match(/^(-?)(\d+)(?:\.(\d+))?$/);
  if (!m) return String(s);
  const parts = new Intl.NumberFormat(Z.locale()).formatToParts(1.5);
  const point = (parts.find(p => p.type === 'decimal') || {value: '.'}).value;
  return (m[1] ? '-' : '') + BigInt(m[2]).toLocaleString(Z.locale()) + (m[3] ? point + m[3] : '');
};
Z.qty = (s, unit) => (s == null ? Z.t('ui.empty') : Z.num(s) + '\u00a0' + unit);
// a time axis's tick: date and time to the second (to the millisecond off whole seconds), so that
// evaluations seconds apart never share a label
Z.tick = (v) => {
  const d = new Date(v);
  const text = d.toLocaleString(Z.locale(), {dateStyle: 'medium', timeStyle: 'medium'});
  return d.getMilliseconds() ? text + '.' + String(d.getMilliseconds()).padStart(3, '0') : text;
};
Z.when = (iso) => (iso ? new Date(iso).toLocaleString(Z.locale(), {dateStyle: 'medium', timeStyle: 'short'}) : '');
Z.day = (iso) => (iso ? new Date(iso + 'T00:00:00').toLocaleDateString(Z.locale(), {dateStyle: 'medium'}) : '');

/** h('tag.class', {attr: value, onclick: fn}, child, …): a DOM element. */
Z.h = (spec, attrs, ...children) => {
  const [tag, ...classes] = spec.split('.');
  const el = document.createElement(tag);
  if (classes.length) el.className = classes.join(' ');
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
};
const h = Z.h;

/** A table: headers (message keys) and rows of cells (strings, nodes, or {num: …} for numbers). */
Z.table = (keys, rows, rowAttrs) => h('div.table-wrap', {}, h('table', {},
  h('thead', {}, h('tr', {}, keys.map(k => h('th', {text: Z.t(k)})))),
  h('tbody', {}, rows.map((r, i) => h('tr', rowAttrs ? rowAttrs(i) : {},
    r.map(c => (c && c.num !== undefined ? h('td.num', {text: c.num}) : h('td', {}, c))))))));

Z.can = (role) => Z.session && ROLES.indexOf(Z.session.role) >= ROLES.indexOf(role);

/** A call of the API in the UI's language; 401 signs out. */
Z.api = async (method, path, opts = {}) => {
  const url = new URL('/api/v1' + path, location.origin);
  url.searchParams.set('lang', Z.lang);
  for (const [k, v] of Object.entries(opts.query || {})) if (v) url.searchParams.set(k, v);
  const headers = {Authorization: 'Bearer ' + (opts.token || (Z.session && Z.session.token))};
  if (opts.type) headers['Content-Type'] = opts.type;
  const r = await fetch(url, {method, headers, body: opts.body});
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch (e) { /* not JSON */ }
  if (r.status === 401 && !opts.token) { Z.signout(); throw new Error('signed out'); }
  return {status: r.status, ok: r.ok, json, text};
};
Z.get = async (path, query) => {
  const key = path + JSON.stringify(query || {}) + Z.lang;
  return Z.cache[key] || (Z.cache[key] = (await Z.api('GET', path, {query})).json);
};

Z.loadMessages = async () => {
  Z.msgs = await (await fetch('/ui/messages/' + Z.lang)).json();
  document.documentElement.lang = Z.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = Z.t('ui.title');
  document.querySelectorAll('[data-t]').forEach(el => { el.textContent = Z.t(el.dataset.t); });
  const who = document.getElementById('who');
  who.textContent = Z.session ? Z.t('ui.user', Z.session.user, Z.t('ui.role.' + Z.session.role), Z.session.tenant) : '';
  document.getElementById('signout').hidden = !Z.session;
};

Z.signout = () => {
  sessionStorage.removeItem('zhonghe.session');
  Z.session = null;
  Z.cache = {};
  location.hash = '#/check';
  Z.loadMessages().then(Z.render);
};

function signinPage(view) {
  const input = h('input', {type: 'password', id: 'token', autocomplete: 'off', spellcheck: 'false'});
  const msg = h('p.errors', {id: 'signin-error', hidden: true});
  const form = h('form.card.signin', {id: 'signin', onsubmit: async (e) => {
    e.preventDefault();
    const token = input.value.trim();
    const r = await Z.api('GET', '/me', {token});
    if (!r.ok) { msg.hidden = false; msg.textContent = Z.t('ui.signin.failed', r.json ? r.json.detail : r.status); return; }
    Z.session = {token, user: r.json.user, tenant: r.json.tenant, role: r.json.role};
    sessionStorage.setItem('zhonghe.session', JSON.stringify(Z.session));
    await Z.loadMessages();
    Z.render();
  }},
  h('h1', {text: Z.t('ui.signin.title')}), h('p.help', {text: Z.t('ui.signin.help')}),
  h('label', {}, Z.t('ui.signin.token'), input), msg,
  h('div.actions', {}, h('button', {type: 'submit', id: 'signin-submit', text: Z.t('ui.signin.submit')})));
  view.replaceChildren(form);
  input.focus();
}

Z.render = async () => {
  Z.charts.forEach(c => c.dispose());
  Z.charts = [];
  const view = document.getElementById('view');
  const page = (location.hash.replace(/^#\/?/, '').split('/')[0]) || 'check';
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.getAttribute('href') === '#/' + page));
  document.getElementById('nav').hidden = !Z.session;
  if (!Z.session) return signinPage(view);
  view.replaceChildren(h('p', {text: Z.t('ui.loading')}));
  try {
    await (Z.pages[page] || Z.pages.check)(view);
  } catch (e) {
    if (e.message !== 'signed out') view.replaceChildren(h('p.errors', {text: String(e)}));
  }
  view.dataset.page = page;
  view.dataset.ready = String(Date.now());
};

/** An ECharts chart in el, without animation (the same picture every time), resized with the window. */
Z.chart = (el, option) => {
  const c = echarts.init(el, null, {renderer: 'svg'});
  c.setOption(Object.assign({animation: false, textStyle: {fontFamily: 'system-ui, "WenQuanYi Zen Hei", sans-serif'}}, option));
  Z.charts.push(c);
  return c;
};
window.addEventListener('resize', () => Z.charts.forEach(c => c.resize()));

/** A download link for text made here (a blob: URL, no request). */
Z.download = (label, name, type, text) => {
  const a = h('a', {download: name, id: 'download-' + name.replace(/\W/g, '-')}, label);
  a.href = URL.createObjectURL(new Blob([text], {type}));
  return a;
};

document.addEventListener('DOMContentLoaded', async () => {
  document.getElementById('lang').addEventListener('click', async () => {
    Z.lang = Z.lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('zhonghe.lang', Z.lang);
    await Z.loadMessages();
    if (Z.onLanguage) await Z.onLanguage();
    Z.render();
  });
  document.getElementById('signout').addEventListener('click', Z.signout);
  window.addEventListener('hashchange', Z.render);
  await Z.loadMessages();
  Z.render();
});
