// Entities and history, Concepts (Table 3, the senses of 碳中和, Figure 2), National targets.
'use strict';
(() => {
  const h = Z.h;
  const T = Z.targetsState = {category: '', status: '', search: '', party: null, comparison: null, compareErrors: null};
  let picked = null;

  Z.pages.entities = async (view) => {
    const list = (await Z.api('GET', '/assessments')).json || [];
    const rows = list.map(a => [a.entityName ? a.entityName + ' · ' + a.entity : a.entity, {num: String(a.latestVersion)},
      a.lastVerdict ? h('span.v-' + a.lastVerdict, {'data-verdict': a.lastVerdict, text: Z.t('verdict.' + a.lastVerdict)})
        : h('span.note', {'data-verdict': '', text: Z.t('ui.entities.notEvaluated')}),
      Z.when(a.updatedAt), h('button.secondary', {type: 'button', 'data-assessment': a.id,
        onclick: () => { picked = a.id; Z.render(); }}, Z.t('ui.entities.open'))]);
    const parts = [h('h1', {text: Z.t('ui.entities.title')}),
      list.length ? h('div', {id: 'assessments'}, Z.table(['ui.entities.entity', 'ui.entities.version', 'ui.entities.lastVerdict', 'ui.entities.updated', 'ui.empty'], rows,
        (i) => ({class: list[i].id === picked ? 'picked' : null})))
        : h('p.note', {text: Z.t('ui.entities.none')})];
    if (picked == null && list.length) picked = list[0].id;
    const a = list.find(x => x.id === picked);
    if (a) parts.push(...await history(a));
    view.replaceChildren(...parts);
    view.querySelectorAll('[data-chart]').forEach(el => el.__draw && el.__draw());
  };

  async function history(a) {
    const [versions, evaluations] = await Promise.all([Z.api('GET', '/assessments/' + a.id + '/versions'),
      Z.api('GET', '/assessments/' + a.id + '/evaluations')]);
    // the list leaves the results out: the latest 30 are read one by one for their totals
    const evs = await Promise.all((evaluations.json || []).slice(-30).map(async e => ({...e,
      result: (await Z.api('GET', '/assessments/' + a.id + '/evaluations/' + e.id)).json.result})));
    const actions = h('div.actions', {},
      Z.can('editor') ? h('button', {type: 'button', id: 'evaluate', onclick: async () => {
        await Z.api('POST', '/assessments/' + a.id + '/evaluate');
        Z.render();
      }}, Z.t('ui.entities.evaluate')) : null,
      h('button.secondary', {type: 'button', id: 'check-version', onclick: async () => {
        const r = await Z.api('GET', '/assessments/' + a.id + '/export');
        Z.useFile(r.json, 'assessment-' + a.id);
      }}, Z.t('ui.entities.checkVersion')));
    const chartEl = h('div.chart', {id: 'history-chart', 'data-chart': 'history'});
    chartEl.__draw = () => Z.chart(chartEl, {
      grid: {left: 90, right: 20, top: 30, bottom: 50},
      tooltip: {trigger: 'item', formatter: (p) => Z.when(p.value[0]) + '<br>' + Z.t('verdict.' + p.data.verdict) + ': '
        + Z.qty(p.data.net, p.data.unit)},
      // date and time: evaluations minutes apart get labels of their own, not one repeated date
      xAxis: {type: 'time', axisLabel: {hideOverlap: true, formatter: Z.tick}},
      yAxis: {type: 'value', name: evs.length ? evs[0].result.unit : 't CO2e'},
      series: [{type: 'line', symbolSize: 10, data: evs.map(e => ({value: [e.createdAt, +e.result.totals.net], verdict: e.verdict,
        net: e.result.totals.net, unit: e.result.unit,
        itemStyle: {color: e.verdict === 'SUPPORTED' ? '#1b7f3b' : e.verdict === 'NOT_SUPPORTED' ? '#a8261b' : '#8a6100'}}))}]});
    return [h('h2', {text: (a.entityName || a.entity) + ' · #' + a.id}), actions,
      h('h2', {text: Z.t('ui.entities.chart')}),
      evs.length ? h('section.card', {}, chartEl) : h('p.note', {text: Z.t('ui.entities.noEvaluations')}),
      h('h2', {text: Z.t('ui.entities.evaluations')}),
      h('div', {id: 'evaluations'}, Z.table(['ui.entities.createdAt', 'ui.col.version', 'ui.col.verdict', 'ui.col.net', 'ui.entities.createdBy',
        'ui.report.download'],
        evs.map(e => [Z.when(e.createdAt), {num: String(e.version)}, h('span.v-' + e.verdict, {text: Z.t('verdict.' + e.verdict)}),
          {num: Z.qty(e.result.totals.net, e.result.unit)}, e.createdBy, Z.evaluationReport(a.id, e.id)]),
        (i) => ({'data-evaluation': evs[i].id}))),
      h('h2', {text: Z.t('ui.entities.versions')}),
      Z.table(['ui.col.version', 'ui.entities.createdAt', 'ui.entities.createdBy'],
        (versions.json || []).map(v => [{num: String(v.version)}, Z.when(v.createdAt), v.createdBy]))];
  }

  /** Figure 2 of the paper as it should be drawn: reductions on the left, anthropogenic removals on the right. */
  function figure2() {
    const NS = 'http://www.w3.org/2000/svg';
    const s = (tag, attrs, text) => {
      const el = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      if (text != null) el.textContent = text;
      return el;
    };
    const svg = s('svg', {viewBox: '0 0 860 400', role: 'img', id: 'figure2', 'aria-label': Z.t('ui.concepts.figure')});
    const axis = 250;
    svg.append(
      s('rect', {x: 0, y: 0, width: 430, height: 400, fill: '#fbf3f1'}), s('rect', {x: 430, y: 0, width: 430, height: 400, fill: '#eef7f1'}),
      s('text', {x: 215, y: 28, 'text-anchor': 'middle', 'font-size': 20, 'font-weight': 700, fill: '#a8261b', id: 'fig-reductions'},
        Z.t('ui.concepts.figure.reductions')),
      s('text', {x: 645, y: 28, 'text-anchor': 'middle', 'font-size': 20, 'font-weight': 700, fill: '#1b7f3b', id: 'fig-removals'},
        Z.t('ui.concepts.figure.removals')),
      s('line', {x1: 20, y1: axis, x2: 840, y2: axis, stroke: '#1d2a26', 'stroke-width': 1.5}),
      s('text', {x: 836, y: axis - 6, 'text-anchor': 'end', 'font-size': 13}, '0'),
      // emissions, then what reductions take away, down to the residual
      s('rect', {x: 50, y: 60, width: 110, height: axis - 60, fill: '#a8261b'}),
      s('text', {x: 105, y: axis + 22, 'text-anchor': 'middle', 'font-size': 14}, Z.t('ui.concepts.figure.emissions')),
      s('rect', {x: 260, y: 60, width: 110, height: 120, fill: 'none', stroke: '#a8261b', 'stroke-dasharray': '6 4', 'stroke-width': 2}),
      s('rect', {x: 260, y: 180, width: 110, height: axis - 180, fill: '#c96a5f'}),
      s('path', {d: 'M 175 80 C 215 80, 220 120, 250 120', fill: 'none', stroke: '#a8261b', 'stroke-width': 2, 'marker-end': 'url(#arrow)'}),
      s('text', {x: 315, y: 132, 'text-anchor': 'middle', 'font-size': 34, fill: '#a8261b'}, '−'),
      s('text', {x: 315, y: axis + 22, 'text-anchor': 'middle', 'font-size': 14}, Z.t('ui.concepts.figure.residual')),
      // removals below the axis, as large as the residual emissions
      s('rect', {x: 590, y: axis, width: 110, height: axis - 180, fill: '#1b7f3b'}),
      s('path', {d: 'M 380 215 C 480 215, 520 285, 580 285', fill: 'none', stroke: '#1b7f3b', 'stroke-width': 2, 'marker-end': 'url(#arrow2)'}),
      s('text', {x: 770, y: axis - 12, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 700}, '= 0'),
      s('text', {x: 430, y: 360, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 600}, Z.t('ui.concepts.figure.balance')));
    const defs = s('defs', {});
    for (const [id, color] of [['arrow', '#a8261b'], ['arrow2', '#1b7f3b']]) {
      const m = s('marker', {id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto'});
      m.append(s('path', {d: 'M0,0 L10,5 L0,10 z', fill: color}));
      defs.append(m);
    }
    svg.prepend(defs);
    const wrap = (x, y, text, color) => {
      const t = s('text', {x, y, 'font-size': 12.5, fill: color});
      const words = text.split(/(?<=[ ，、：,:])/);
      let line = '', dy = 0;
      const lines = [];
      for (const w of words) { if ((line + w).length > 34 && line) { lines.push(line); line = ''; } line += w; }
      lines.push(line);
      lines.forEach((l, i) => t.append(s('tspan', {x, dy: i ? 16 : 0}, l)));
      return t;
    };
    svg.append(wrap(30, 300, Z.t('ui.concepts.figure.reductions.detail'), '#7a2018'),
      wrap(455, 70, Z.t('ui.concepts.figure.removals.detail'), '#145c2b'));
    return h('figure', {}, svg, h('figcaption', {text: Z.t('ui.concepts.figure.caption')}));
  }

  Z.pages.concepts = async (view) => {
    const concepts = await Z.get('/concepts');
    const row = (key, f) => [h('th', {text: Z.t(key)}), ...concepts.map(c => h('td', {}, f(c)))];
    const terms = ['sink', 'cdr', 'uptake', 'reduction', 'offsetting', 'net', 'scopes', 'precursor'];
    view.replaceChildren(
      h('h1', {text: Z.t('ui.concepts.title')}),
      h('div.table-wrap', {}, h('table.concepts', {id: 'concepts'}, h('tbody', {},
        h('tr', {}, row('ui.concepts.row.name', c => h('b', {text: c.name[Z.lang]}))),
        h('tr', {}, row('ui.concepts.row.definition', c => c.definition[Z.lang])),
        h('tr', {}, row('ui.concepts.row.gases', c => Z.t('concept.gases.' + c.gases))),
        h('tr', {}, row('ui.concepts.row.reach', c => Z.t('concept.reach.' + c.reach))),
        h('tr', {}, row('ui.concepts.row.credits', c => Z.t('concept.credits.' + c.creditsAdmitted))),
        h('tr', {}, row('ui.concepts.row.otherEffects', c => Z.t('concept.otherEffects.' + c.otherEffectsCounted))),
        h('tr', {}, row('ui.concepts.row.source', c => c.source))))),
      h('h2', {text: Z.t('ui.concepts.senses')}),
      h('section.card', {id: 'senses'}, h('p', {text: Z.t('concept.senses')}),
        h('ul', {}, h('li', {text: Z.t('ui.concepts.narrow')}), h('li', {text: Z.t('ui.concepts.broad')}))),
      h('h2', {text: Z.t('ui.concepts.figure')}),
      h('section.card', {}, figure2()),
      h('h2', {text: Z.t('ui.concepts.terms')}),
      h('section.card', {}, h('dl.detail', {}, terms.map(k => [h('dt', {text: Z.t('term.' + k + '.name')}),
        h('dd', {}, Z.t('term.' + k + '.definition') + ' (' + Z.t('term.' + k + '.source') + ')')]))));
  };

  const text = (t) => (t ? t[Z.lang] || t.en || t.zh : '');
  const label = (kind, id) => (id ? Z.t('targets.' + kind + '.' + id) : Z.t('ui.empty'));

  Z.pages.targets = async (view) => {
    const data = await Z.get('/targets');
    const shown = data.entries.filter(e => (!T.category || e.category === T.category) && (!T.status || e.status === T.status)
      && (!T.search || (e.code + ' ' + e.name.zh + ' ' + e.name.en).toLowerCase().includes(T.search.toLowerCase())));
    const categories = Object.keys(data.byCategory);
    const statuses = [...new Set(data.entries.map(e => e.status).filter(Boolean))];
    const filter = (id, key, values, kind) => h('label', {}, Z.t(key), h('select', {id: 'filter-' + id, onchange: (e) => { T[id] = e.target.value; Z.render(); }},
      h('option', {value: ''}, Z.t('ui.targets.filter.all')), values.map(v => h('option', {value: v, selected: T[id] === v}, label(kind, v)))));
    const search = h('input', {type: 'text', id: 'filter-search', value: T.search,
      onchange: (e) => { T.search = e.target.value; Z.render(); }});
    const chartEl = h('div.chart', {id: 'targets-chart'});
    const party = data.entries.find(e => e.code === T.party);
    const upload = h('input', {type: 'file', id: 'compare-file', accept: '.csv'});
    view.replaceChildren(
      h('h1', {text: Z.t('ui.targets.title', data.snapshot)}),
      h('p.note', {text: Z.t('ui.targets.total', Z.num(String(data.total)))}),
      h('h2', {text: Z.t('ui.targets.chart')}), h('section.card', {}, chartEl),
      h('section.card.grid', {}, filter('category', 'ui.targets.filter.category', categories, 'category'),
        filter('status', 'ui.targets.filter.status', statuses, 'status'),
        h('label', {}, Z.t('ui.targets.filter.search'), search)),
      h('h2', {text: Z.t('ui.targets.detail')}),
      h('section.card', {id: 'party'}, party ? h('dl.detail', {},
        h('dt', {text: Z.t('ui.targets.col.party')}), h('dd', {text: party.code + ' · ' + text(party.name)}),
        h('dt', {text: Z.t('ui.targets.col.category')}), h('dd', {text: label('category', party.category)}),
        h('dt', {text: Z.t('ui.targets.col.year')}), h('dd', {text: party.targetYear || Z.t('ui.empty')}),
        h('dt', {text: Z.t('ui.targets.col.status')}), h('dd', {text: label('status', party.status)}),
        h('dt', {text: Z.t('ui.targets.col.gases')}), h('dd', {text: label('gases', party.gases)}),
        [['wording', 'ui.targets.detail.wording'], ['interimTarget', 'ui.targets.detail.interim'], ['credits', 'ui.targets.detail.credits'],
          ['notes', 'ui.targets.detail.notes']].filter(([f]) => party[f]).map(([f, k]) => [h('dt', {text: Z.t(k)}), h('dd', {text: text(party[f])})]))
        : h('p.note', {text: Z.t('ui.targets.detail.pick')})),
      h('div', {id: 'targets'}, Z.table(['ui.targets.col.code', 'ui.targets.col.party', 'ui.targets.col.category', 'ui.targets.col.year',
        'ui.targets.col.status', 'ui.targets.col.gases'],
      shown.map(e => [e.code, text(e.name), label('category', e.category), e.targetYear ? {num: String(e.targetYear)} : '',
        label('status', e.status), label('gases', e.gases)]),
      (i) => ({class: 'pick' + (shown[i].code === T.party ? ' picked' : ''), 'data-code': shown[i].code,
        onclick: () => { T.party = shown[i].code; Z.render(); }}))),
      h('h2', {text: Z.t('ui.targets.compare')}),
      h('section.card', {}, h('p.help', {text: Z.t('ui.targets.compare.help')}), upload,
        h('div.actions', {}, h('button', {type: 'button', id: 'compare', onclick: async () => {
          if (!upload.files.length) return;
          const r = await Z.api('POST', '/targets/compare', {body: await upload.files[0].text(), type: 'text/csv'});
          T.comparison = r.ok ? r.json : null;
          T.compareErrors = r.ok ? null : (r.json && r.json.errors) || [{message: r.text}];
          Z.render();
        }}, Z.t('ui.targets.compare.submit'))), comparison()));
    Z.chart(chartEl, {
      grid: {left: 10, right: 40, top: 10, bottom: 30, containLabel: true},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', inverse: true, data: categories.map(c => label('category', c))},
      series: [{type: 'bar', data: categories.map(c => data.byCategory[c]), itemStyle: {color: '#0b6e4f'},
        label: {show: true, position: 'right'}}]});
  };

  function comparison() {
    if (T.compareErrors) {
      return h('div.errors', {id: 'compare-errors'}, Z.table(['ui.check.error.file', 'ui.check.error.line', 'ui.check.error.message'],
        T.compareErrors.map(e => [e.file || '', e.line ? {num: String(e.line)} : '', e.message])));
    }
    const c = T.comparison;
    if (!c) return null;
    return h('div', {id: 'comparison'}, h('p', {text: Z.t('ui.targets.compare.summary', c.changes.length, c.added.length, c.removed.length, c.unchanged)}),
      Z.table(['ui.targets.col.party', 'ui.targets.compare.field', 'ui.targets.compare.before', 'ui.targets.compare.after'],
        c.changes.map(x => [x.code + ' · ' + text(x.name), Z.t('targets.field.' + x.field), x.before || Z.t('ui.empty'), x.after || Z.t('ui.empty')])));
  }
})();
