// Check a claim (upload or example, overrides) and its Result (verdict, waterfall, matrices, records, findings).
'use strict';
(() => {
  const h = Z.h;
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const S = Z.checkState = {document: '', syntax: 'yaml', ledgers: {}, workbook: null, workbookName: '', source: '',
    concept: '', profile: '', metric: '', errors: null, result: null, matrix: null, notice: ''};

  function body() {
    if (S.workbook) return {body: S.workbook, type: XLSX};
    if (Object.keys(S.ledgers).length) {
      return {body: JSON.stringify({syntax: S.syntax, document: S.document, ledgers: S.ledgers}), type: 'application/json'};
    }
    return {body: S.document, type: S.syntax === 'json' ? 'application/json' : 'application/yaml'};
  }

  /** The check and the profile matrix, in the UI's language; invalid input stays on the check page with its errors. */
  async function run() {
    const b = body();
    const query = {concept: S.concept, profile: S.profile, metric: S.metric};
    const [one, all] = await Promise.all([Z.api('POST', '/check', {...b, query}),
      Z.api('POST', '/check', {...b, query: {...query, profile: 'all'}})]);
    S.errors = null;
    if (one.status === 422 && one.json && one.json.errors) { S.errors = one.json.errors; S.result = null; return false; }
    if (!one.ok) { S.errors = [{message: Z.t('ui.check.failed', one.status, one.json ? one.json.detail : one.text)}]; return false; }
    S.result = one.json;
    S.matrix = all.ok ? all.json : null;
    return true;
  }
  Z.onLanguage = async () => { if (S.result) await run(); };

  async function readFiles(files) {
    S.workbook = null; S.workbookName = ''; S.ledgers = {}; S.errors = null;
    for (const f of files) {
      const name = f.name.toLowerCase();
      if (name.endsWith('.xlsx')) { S.workbook = await f.arrayBuffer(); S.workbookName = f.name; }
      else if (name.endsWith('.csv')) S.ledgers[f.name] = await f.text();
      else { S.document = await f.text(); S.syntax = name.endsWith('.json') ? 'json' : 'yaml'; }
    }
    S.source = [...files].map(f => f.name).join(', ');
  }

  function select(id, key, options) {
    return h('label', {}, Z.t(key), h('select', {id, onchange: (e) => { S[id] = e.target.value; }},
      h('option', {value: ''}, Z.t('ui.check.asInFile')),
      options.map(([v, label]) => h('option', {value: v, selected: S[id] === v}, label))));
  }

  function errorsCard() {
    if (!S.errors) return null;
    return h('div.errors', {id: 'errors'}, h('p', {text: Z.t('ui.check.errors', S.errors.length)}),
      Z.table(['ui.check.error.file', 'ui.check.error.line', 'ui.check.error.field', 'ui.check.error.value', 'ui.check.error.message'],
        S.errors.map(e => [e.file || '', e.line == null ? '' : {num: String(e.line)}, (e.field || '') + (e.column ? ' (' + e.column + ')' : ''), e.value == null ? '' : e.value, e.message])));
  }

  Z.pages.check = async (view) => {
    const [examples, concepts, profiles, gwp, registry] = await Promise.all([
      Z.cache.examples || (Z.cache.examples = fetch('/ui/examples').then(r => r.json())),
      Z.get('/concepts'), Z.get('/profiles'), Z.get('/gwp'), Z.get('/registry')]);
    const text = h('textarea', {id: 'document', spellcheck: 'false', oninput: (e) => { S.document = e.target.value; S.workbook = null; }});
    text.value = S.document;
    const ledgerNames = Object.keys(S.ledgers);
    const status = h('p.note', {id: 'input-source'}, S.workbook ? Z.t('ui.check.workbook') + ': ' + S.workbookName
      : ledgerNames.length ? Z.t('ui.check.ledgers') + ': ' + ledgerNames.join(', ') : '');
    const exampleSelect = h('select', {id: 'example', onchange: (e) => {
      const ex = examples.find(x => x.name === e.target.value);
      if (!ex) return;
      Object.assign(S, {document: ex.document, syntax: ex.syntax, ledgers: ex.ledgers, workbook: null, source: ex.name, errors: null});
      Z.render();
    }}, h('option', {value: ''}, Z.t('ui.check.example.none')),
    examples.map(x => h('option', {value: x.name, selected: S.source === x.name}, x.name)));
    const upload = h('input', {type: 'file', id: 'upload', multiple: true, accept: '.yaml,.yml,.json,.csv,.xlsx',
      onchange: async (e) => { await readFiles(e.target.files); Z.render(); }});
    const submit = h('button', {id: 'check', type: 'button', onclick: async () => {
      submit.disabled = true;
      try { if (await run()) location.hash = '#/result'; else Z.render(); } finally { submit.disabled = false; }
    }}, Z.t('ui.check.submit'));
    const importButton = Z.can('editor') && !S.workbook ? h('button.secondary', {id: 'import', type: 'button', onclick: async () => {
      const b = body();
      const r = await Z.api('POST', '/assessments', b);
      if (r.status === 422) { S.errors = r.json.errors; S.notice = ''; }
      else if (r.ok) { S.errors = null; S.notice = Z.t('ui.check.imported', r.json.id); Z.cache = {examples: Z.cache.examples}; }
      else { S.errors = [{message: Z.t('ui.check.failed', r.status, r.json ? r.json.detail : r.text)}]; }
      Z.render();
    }}, Z.t('ui.check.import')) : null;
    view.replaceChildren(
      h('h1', {text: Z.t('ui.nav.check')}),
      h('section.card', {}, h('p.help', {text: Z.t('ui.check.intro')}),
        h('div.grid', {}, h('label', {}, Z.t('ui.check.example'), exampleSelect),
          h('label', {}, Z.t('ui.check.upload'), upload, h('span.help', {text: Z.t('ui.check.upload.help')})),
          h('p', {}, h('a', {href: '/ui/template.xlsx', id: 'template', download: 'zhonghe-template.xlsx'}, Z.t('ui.check.template'))))),
      h('section.card', {}, h('label', {for: 'document'}, Z.t('ui.check.document')), text, status,
        h('div.grid', {},
          select('concept', 'ui.check.concept', concepts.map(c => [c.id, c.name[Z.lang]])),
          select('profile', 'ui.check.profile', profiles.profiles.map(p => [p.id, p.name[Z.lang]])),
          select('metric', 'ui.check.metric', gwp.metrics.map(m => [m.id, m.id]))),
        h('div.actions', {}, submit, importButton, S.notice ? h('span.ok-msg', {id: 'notice', text: S.notice}) : null),
        // the check uses the registry data in the store when there are some (docs/registries.md): say so
        h('p.note', {id: 'registry-note'}, Z.registryNote(registry), ' ', h('a', {href: '#/registries', text: Z.t('ui.nav.registries')}))),
      // a page without errors has no card (replaceChildren would print a null as the text "null")
      errorsCard() || '');
  };

  function csv(result) {
    const q = (v) => (v == null ? '' : /[",\n\r]/.test(String(v)) ? '"' + String(v).replace(/"/g, '""') + '"' : String(v));
    const rows = [['section', 'id', 'status', 'reason', 'counted', 'unit', 'explanation', 'line']];
    for (const r of result.records) rows.push([r.section, r.id, r.status, r.reason, r.counted, result.unit, r.explanation, r.line]);
    return '\ufeff' + rows.map(r => r.map(q).join(',')).join('\r\n') + '\r\n';
  }

  function waterfall(el, r) {
    const steps = [['emissions', +r.totals.emissions], ['removals', -r.totals.removals], ['credits', -r.totals.credits],
      ['otherEffects', +r.totals.otherEffects]];
    const data = [];
    let level = 0;
    steps.forEach(([k, d], i) => { data.push([i, level, level + d, k]); level += d; });
    data.push([4, 0, +r.totals.net, 'net']);
    const colors = {emissions: '#a8261b', removals: '#1b7f3b', credits: '#3a6ea5', otherEffects: '#8a6100', net: '#1d2a26'};
    const names = data.map(d => Z.t('ui.result.' + d[3]));
    Z.chart(el, {
      grid: {left: 90, right: 20, top: 30, bottom: 40},
      tooltip: {trigger: 'item', formatter: (p) => names[p.value[0]] + ': ' + Z.qty(r.totals[p.value[3]], r.unit)},
      xAxis: {type: 'category', data: names},
      yAxis: {type: 'value', name: r.unit, axisLabel: {formatter: (v) => v.toLocaleString(Z.locale())}},
      series: [{type: 'custom', encode: {x: 0, y: [1, 2]}, data,
        renderItem: (params, api) => {
          const top = api.coord([api.value(0), Math.max(api.value(1), api.value(2))]);
          const bottom = api.coord([api.value(0), Math.min(api.value(1), api.value(2))]);
          const w = api.size([1, 0])[0] * 0.55;
          return {type: 'rect', shape: {x: top[0] - w / 2, y: top[1], width: w, height: Math.max(2, bottom[1] - top[1])},
            style: {fill: colors[data[params.dataIndex][3]]}};
        }}]});
  }

  /**
   * How each tonne was computed (issue 17): the records computed from activity data, each with
   * its derivation (amount × factors, the factors' ids) and note; Scope 2 both ways. None: nothing.
   */
  function derivations(r) {
    const a = r.activities;
    if (!a || !a.computed || !a.computed.length) return [];
    return [
      h('h2', {id: 'derivations-title', text: Z.t('activity.title')}),
      h('p.note', {id: 'factor-sets', text: Z.t('activity.sets', a.factorSets.join(', '))}),
      a.scope2 ? h('p.note', {id: 'scope2', text: Z.t('activity.scope2', Z.num(a.scope2.location), Z.num(a.scope2.market),
        Z.t('activity.method.' + a.scope2Method))}) : null,
      h('div', {id: 'derivations'}, Z.table(['activity.col.record', 'activity.col.activity', 'activity.col.gas',
        'activity.col.tonnes', 'activity.col.method', 'activity.col.derivation'],
        a.computed.map(c => [c.record, c.activity, c.gas, {num: Z.num(c.tonnes)}, c.method ? Z.t('activity.method.' + c.method) : '',
          [h('code', {text: c.derivation}), c.note ? h('div.note', {text: c.note}) : null]]),
        (i) => ({class: a.computed[i].inLedger ? null : 'aside'}))),
    ].filter(n => n);
  }

  Z.pages.result = async (view) => {
    const r = S.result;
    if (!r) { view.replaceChildren(h('p.note', {text: Z.t('ui.result.none')})); return; }
    const chartEl = h('div.chart', {id: 'waterfall'});
    const conceptName = (id) => Z.t('concept.' + id + '.name');
    const own = r.profile;
    view.replaceChildren(
      h('div.banner.v-' + r.verdict, {id: 'banner'}, h('div.verdict.v-' + r.verdict, {id: 'verdict', 'data-verdict': r.verdict},
        Z.t('verdict.' + r.verdict) + (r.indicative ? ' (' + Z.t('profile.indicative') + ')' : '')),
        h('div', {id: 'verdict-message', text: r.message}),
        r.indicative ? h('p.note', {id: 'indicative', text: r.indicativeNote}) : null),
      h('section.card.meta', {},
        h('div', {}, h('b', {text: Z.t('ui.result.entity')}), (r.entityName ? r.entityName + ' · ' : '') + r.entity),
        h('div', {}, h('b', {text: Z.t('ui.result.period')}), Z.day(r.period.from) + ' – ' + Z.day(r.period.to)),
        h('div', {}, h('b', {text: Z.t('ui.result.claim')}), conceptName(r.concept) + ' · ' + r.profileName + ' · ' + r.metric),
        h('div', {}, h('b', {text: Z.t('ui.result.unit')}), r.unit),
        h('div', {}, h('b', {text: Z.t('ui.result.download')}),
          Z.download(Z.t('ui.result.downloadJson'), 'result-' + r.entity + '.json', 'application/json', JSON.stringify(r, null, 2)),
          ' · ', Z.download(Z.t('ui.result.downloadCsv'), 'records-' + r.entity + '.csv', 'text/csv', csv(r))),
        h('div', {}, h('b', {text: Z.t('ui.report.download')}),
          Z.checkedReport(body(), {concept: S.concept, profile: S.profile, metric: S.metric}, r.entity))),
      h('h2', {text: Z.t('ui.result.waterfall')}),
      h('section.card', {}, chartEl, Z.table(['ui.result.emissions', 'ui.result.removals', 'ui.result.credits', 'ui.result.otherEffects', 'ui.result.net'],
        [['emissions', 'removals', 'credits', 'otherEffects', 'net'].map(k => ({num: Z.qty(r.totals[k], r.unit)}))])),
      h('h2', {text: Z.t('ui.result.concepts')}),
      h('div', {id: 'concept-matrix'}, Z.table(['ui.col.concept', 'ui.concepts.row.gases', 'ui.concepts.row.reach', 'ui.col.verdict'],
        Object.entries(r.concepts).map(([c, v]) => [conceptName(c), Z.t('concept.gases.' + r.conceptRules[c].gases),
          Z.t('concept.reach.' + r.conceptRules[c].reach), h('span.v-' + v, {text: Z.t('verdict.' + v)})]),
        (i) => ({class: Object.keys(r.concepts)[i] === r.concept ? 'own' : null}))),
      h('h2', {text: Z.t('ui.result.profiles')}),
      S.matrix ? h('div', {id: 'profile-matrix'}, Z.table(['ui.col.profile', 'ui.col.verdict', 'ui.col.net'],
        Object.entries(S.matrix.profiles).map(([id, p]) => [p.profileName + (p.indicative ? ' (' + Z.t('profile.indicative') + ')' : ''),
          h('span.v-' + p.verdict, {text: Z.t('verdict.' + p.verdict)}),
          {num: Z.qty(p.totals.net, p.unit)}]),
        (i) => ({class: Object.keys(S.matrix.profiles)[i] === own ? 'own' : null}))) : null,
      h('h2', {text: Z.t('ui.result.records')}),
      h('div', {id: 'records'}, Z.table(['ui.col.section', 'ui.col.id', 'ui.col.status', 'ui.col.reason', 'ui.col.counted', 'ui.col.explanation', 'ui.col.line'],
        r.records.map(x => [Z.t('section.' + x.section), x.id, h('span.s-' + x.status, {text: Z.t('status.' + x.status)}),
          x.reason ? h('code', {text: x.reason}) : '', {num: x.counted == null ? '' : Z.qty(x.counted, r.unit)}, x.explanation || '',
          x.line == null ? '' : {num: String(x.line)}]))),
      ...derivations(r),
      h('h2', {text: Z.t('ui.result.findings')}),
      r.findings.length ? h('div', {id: 'findings'}, Z.table(['ui.col.severity', 'ui.col.message', 'ui.col.records'],
        r.findings.map(f => [Z.t('severity.' + f.severity), [h('code', {text: f.code}), ' ', f.message], f.records.join(', ')])))
        : h('p.note', {id: 'findings', text: Z.t('ui.result.noFindings')}));
    waterfall(chartEl, r);
  };

  /** Puts an assessment file (the export envelope) on the check page. */
  Z.useFile = (envelope, source) => {
    Object.assign(S, {document: envelope.document, syntax: envelope.syntax, ledgers: envelope.ledgers || {}, workbook: null,
      source, errors: null});
    location.hash = '#/check';
  };
})();
