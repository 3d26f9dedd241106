// Targets: every entity of a Net Zero Tracker export — the bundled country rows of 2025-11, or an uploaded
// export (XLSX or CSV) — its label against its own words, the paper's findings, and why the words were read so.
(() => {
  'use strict';
  const h = Z.h;
  const A = Z.auditState = {type: '', country: '', label: '', finding: '', entity: null, upload: null, errors: null};
  const FINDINGS = ['LABEL_DIFFERS_FROM_WORDING', 'NET_ZERO_RELIES_ON_OFFSETS', 'GAS_COVERAGE_UNSPECIFIED',
    'CO2_ONLY_UNDER_GHG_WORD', 'VALUE_CHAIN_UNCOVERED', 'MISLABELLED_TARGET', 'ACHIEVEMENT_SELF_DECLARED'];
  const category = (id) => (id ? Z.t('targets.category.' + id) : Z.t('ui.empty'));
  const national = Z.pages.targets;

  Z.pages.targets = async (view) => {
    await national(view);
    const data = A.upload || await Z.get('/targets/audit');
    const chartEl = h('div.chart', {id: 'audit-chart'});
    view.append(section(data, chartEl));
    chart(chartEl, shown(data));
  };

  const shown = (data) => data.entities.filter(e => (!A.type || e.entityType === A.type)
    && (!A.country || e.country === A.country) && (!A.label || (e.label || '') === A.label)
    && (!A.finding || e.findings.includes(A.finding)));

  function section(data, chartEl) {
    const s = data.summary;
    const entities = shown(data);
    const distinct = (f) => [...new Set(data.entities.map(f).filter(Boolean))].sort();
    const select = (id, key, values, name) => h('label', {}, Z.t(key), h('select', {id: 'audit-' + id,
      onchange: (e) => { A[id] = e.target.value; A.entity = null; Z.render(); }},
    h('option', {value: ''}, Z.t('ui.targets.filter.all')),
    values.map(v => h('option', {value: v, selected: A[id] === v}, name(v)))));
    const upload = h('input', {type: 'file', id: 'audit-file', accept: '.csv,.xlsx'});
    const entity = data.entities.find(e => e.id === A.entity);
    return h('section', {id: 'audit'},
      h('h1', {text: Z.t('ui.audit.title', s.file)}),
      h('p.note', {id: 'audit-summary', text: Z.t('ui.audit.summary', s.rows, s.audited,
        s.agreement.all.agreeing, s.agreement.all.compared, s.agreement.all.share || '–')}),
      h('p.help', {text: Z.t('ui.audit.source')}),
      h('section.card', {}, h('p.help', {text: Z.t('ui.audit.upload.help')}), upload,
        h('div.actions', {}, h('button', {type: 'button', id: 'audit-submit', onclick: async () => {
          if (!upload.files.length) return;
          const f = upload.files[0];
          const xlsx = f.name.toLowerCase().endsWith('.xlsx');
          const r = await Z.api('POST', '/targets/audit', {body: xlsx ? await f.arrayBuffer() : await f.text(),
            type: xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv'});
          A.upload = r.ok ? r.json : null;
          A.errors = r.ok ? null : (r.json && r.json.errors) || [{message: r.text}];
          A.entity = null;
          Z.render();
        }}, Z.t('ui.audit.upload.submit'))),
        A.errors ? h('div.errors', {id: 'audit-errors'}, Z.table(['ui.check.error.line', 'ui.check.error.message'],
          A.errors.map(e => [e.line ? {num: String(e.line)} : '', e.message]))) : null),
      h('section.card.grid', {},
        select('type', 'ui.audit.filter.type', Object.keys(s.byType).filter(t => s.byType[t] > 0), t => Z.t('ui.audit.type.' + t)),
        select('country', 'ui.audit.filter.country', distinct(e => e.country), c => c),
        select('label', 'ui.audit.filter.label', distinct(e => e.label), category),
        select('finding', 'ui.audit.filter.finding', FINDINGS, f => f)),
      h('h2', {text: Z.t('ui.audit.chart')}), h('section.card', {}, chartEl),
      h('h2', {text: Z.t('ui.audit.findings')}),
      h('div', {id: 'audit-findings'}, Z.table(['ui.audit.col.finding', 'ui.audit.col.count', 'ui.audit.col.meaning'],
        FINDINGS.map(f => [f, {num: String(entities.filter(e => e.findings.includes(f)).length)}, s.findingTexts[f]]))),
      h('h2', {text: Z.t('ui.audit.entity')}),
      h('section.card', {id: 'audit-entity'}, entity ? detail(entity, s) : h('p.note', {text: Z.t('ui.audit.entity.pick')})),
      h('p.note', {id: 'audit-count', text: Z.t('ui.audit.count', entities.length)}),
      h('div', {id: 'audit-table'}, Z.table(['ui.audit.col.id', 'ui.audit.col.name', 'ui.audit.col.type', 'ui.audit.col.country',
        'ui.audit.col.label', 'ui.audit.col.wording', 'ui.targets.col.year', 'ui.audit.col.findings'],
      entities.map(e => [e.id, e.name, e.entityType ? Z.t('ui.audit.type.' + e.entityType) : '', e.country,
        category(e.label), e.wording ? category(e.wording) : Z.t('ui.empty'), e.targetYear ? {num: String(e.targetYear)} : '',
        e.findings.join(' ')]),
      (i) => ({class: 'pick' + (entities[i].id === A.entity ? ' picked' : ''), 'data-id': entities[i].id,
        onclick: () => { A.entity = entities[i].id; Z.render(); }}))));
  }

  function detail(e, s) {
    return h('dl.detail', {},
      h('dt', {text: Z.t('ui.audit.col.id')}), h('dd', {text: e.id + ' · ' + e.name}),
      h('dt', {text: Z.t('ui.audit.col.label')}), h('dd', {text: category(e.label) + (e.labelText ? ' (' + e.labelText + ')' : '')}),
      h('dt', {text: Z.t('ui.audit.col.wording')}), h('dd', {text: e.wording ? category(e.wording) : Z.t('ui.empty')}),
      h('dt', {text: Z.t('ui.audit.col.findings')}), h('dd', {id: 'audit-entity-findings'},
        e.findings.length ? h('ul', {}, e.findings.map(f => h('li', {text: f + ': ' + s.findingTexts[f]}))) : Z.t('ui.empty')),
      h('dt', {text: Z.t('ui.audit.words')}), h('dd', {}, h('blockquote', {id: 'audit-words', text: e.statement || Z.t('ui.empty')})),
      h('dt', {text: Z.t('ui.audit.explanation')}), h('dd', {},
        h('ol', {id: 'audit-explanation'}, (e.reading ? e.reading.explanation : []).map(x => h('li', {text: x})))));
  }

  /** Label (rows) against wording (stacked): where the words and the labels part. */
  function chart(el, entities) {
    const labels = [...new Set(entities.map(e => e.label || 'unclassified'))];
    const wordings = [...new Set(entities.map(e => e.wording || 'no-words'))];
    const name = (id) => (id === 'unclassified' ? Z.t('ui.audit.unclassified') : id === 'no-words' ? Z.t('ui.audit.no-words') : category(id));
    Z.chart(el, {
      // the axes' names inside the drawing: under the x-axis, and above the labels (containLabel leaves names out)
      // the wordings listed down the right, every name in sight (a scrolling legend hid those past the edge)
      grid: {left: 10, right: 190, top: 40, bottom: 50, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {orient: 'vertical', right: 0, top: 'middle', width: 180, textStyle: {width: 150, overflow: 'break'}},
      xAxis: {type: 'value', minInterval: 1, name: Z.t('ui.audit.chart.count'), nameLocation: 'middle', nameGap: 28},
      yAxis: {type: 'category', inverse: true, name: Z.t('ui.audit.chart.label'), nameLocation: 'start', nameGap: 12,
        nameTextStyle: {align: 'left'}, data: labels.map(name)},
      series: wordings.map(w => ({type: 'bar', stack: 'wording', name: name(w),
        data: labels.map(l => entities.filter(e => (e.label || 'unclassified') === l && (e.wording || 'no-words') === w).length)}))});
  }
})();
