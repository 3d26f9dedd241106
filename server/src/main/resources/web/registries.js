// Registries (登记簿): the registry data imported into the store — look up a serial, search a beneficiary,
// and browse the neutrality and net-zero claims their retirements make, by claimant, with class and verdicts.
(() => {
  'use strict';
  const h = Z.h;
  const R = Z.registryState = {serial: '', records: null, beneficiary: '', found: null, claimant: null};
  const cls = (r) => Z.t('registry.class.' + r.creditClass) + (r.removalKind ? ' (' + r.removalKind + ')' : '');
  const status = (id) => Z.t('registry.status.' + id);

  /** What was imported, for this page and the check page. */
  Z.registryNote = (data) => (data.registries.length
    ? Z.t('ui.registry.loaded', data.registries.map(r => r.registry + ' (' + Z.num(String(r.records)) + ')').join(', '))
    : Z.t('ui.registry.none'));

  function recordsTable(id, records) {
    if (records == null) return '';
    if (!records.length) return h('p.note', {id, text: Z.t('ui.registry.nothing')});
    return h('div', {id}, Z.table(['registry.field.registry', 'registry.field.serial', 'registry.field.project',
      'registry.field.class', 'registry.field.vintage', 'registry.field.quantity', 'registry.field.status',
      'registry.field.retiredOn', 'registry.field.beneficiary', 'registry.field.notes'],
    records.map(r => [r.registry, h('code', {text: r.serial || ''}),
      [r.project.id, r.project.name].filter(Boolean).join(' · '),
      h('span', {class: 'class-' + r.creditClass, title: r.classReason + ' [' + r.classSource + ']', text: cls(r)}),
      r.vintage || '', {num: Z.num(r.quantity)}, status(r.status), Z.day(r.retiredOn),
      r.beneficiary || r.accountHolder || '', r.notes || ''])));
  }

  function form(id, key, value, onsubmit) {
    const input = h('input', {type: 'search', id: 'registry-' + id, value, spellcheck: 'false'});
    return h('form.card', {id: 'registry-' + id + '-form', onsubmit: (e) => { e.preventDefault(); onsubmit(input.value.trim()); }},
      h('label', {for: 'registry-' + id}, Z.t(key)), input,
      h('div.actions', {}, h('button', {type: 'submit', id: 'registry-' + id + '-submit', text: Z.t(key + '.submit')})));
  }

  function claimsSection(data) {
    const claims = R.claimant ? data.claims.filter(c => c.claimantKey === R.claimant) : [];
    return h('section', {id: 'registry-market'},
      h('h2', {text: Z.t('ui.registry.claims')}),
      h('p.help', {text: Z.t('ui.registry.claims.help', data.claims.length, Z.num(String(data.retirements)))}),
      h('div', {id: 'registry-totals'}, Z.table(['registry.field.claimant', 'ui.registry.col.claims', 'registry.field.quantity',
        'registry.field.concept', 'registry.field.class'],
      data.totals.map(t => [t.claimant || Z.t('registry.claimant.none'), {num: String(t.claims)}, {num: Z.num(t.quantity)},
        t.concepts.map(c => Z.t('concept.' + c + '.name')).join('、'), t.creditClasses.map(c => Z.t('registry.class.' + c)).join('、')]),
      (i) => ({class: 'pick' + (data.totals[i].claimantKey === R.claimant ? ' picked' : ''), 'data-claimant': data.totals[i].claimantKey,
        onclick: () => { R.claimant = data.totals[i].claimantKey; Z.render(); }}))),
      R.claimant ? h('div', {id: 'registry-claims'}, claims.map(claim)) : h('p.note', {text: Z.t('ui.registry.claims.pick')}));
  }

  function claim(c) {
    const matrix = c.matrix.map(m => Z.t('concept.' + m.concept + '.name') + (m.admitted ? ' ✓' : ' ✗')).join(' · ');
    return h('article.card.claim', {'data-serial': c.serial || ''},
      h('h3', {text: (c.claimant || Z.t('registry.claimant.none')) + ' · ' + c.registry + ' · ' + Z.qty(c.quantity, 't CO2e')}),
      h('dl.detail', {},
        h('dt', {text: Z.t('registry.field.serial')}), h('dd', {}, h('code', {text: c.serial || ''})),
        h('dt', {text: Z.t('registry.field.words')}), h('dd', {}, h('blockquote', {text: c.words})),
        h('dt', {text: Z.t('registry.field.concept')}), h('dd', {text: c.conceptName + (c.conceptIsReading ? ' ' + Z.t('registry.reading') : '')}),
        h('dt', {text: Z.t('registry.field.class')}), h('dd.claim-class', {text: cls(c) + ' — ' + [c.projectType, c.methodology].filter(Boolean).join(' · ')}),
        h('dt', {text: Z.t('registry.field.verdict')}), h('dd', {class: 'claim-verdict ' + (c.verdict.admitted ? 'ok' : 'bad'), text: c.verdict.text}),
        h('dt', {text: Z.t('registry.field.matrix')}), h('dd', {text: matrix}),
        h('dt', {text: Z.t('registry.field.eu')}), h('dd', {text: c.eu2024825.text}),
        h('dt', {text: Z.t('registry.field.retiredOn')}), h('dd', {text: Z.day(c.retiredOn)}),
        h('dt', {text: Z.t('registry.field.source')}), h('dd', {text: c.source})));
  }

  Z.pages.registries = async (view) => {
    const data = await Z.get('/registry');
    const parts = [h('h1', {text: Z.t('ui.nav.registries')}), h('p.note', {id: 'registry-status', text: Z.registryNote(data)})];
    if (data.registries.length) {
      const claims = await Z.get('/registry/claims');
      parts.push(
        form('serial', 'ui.registry.serial', R.serial, async (v) => {
          R.serial = v;
          const r = await Z.api('GET', '/registry/records', {query: {serial: v}});
          R.records = r.ok ? r.json.records : [];
          Z.render();
        }),
        recordsTable('registry-records', R.records),
        form('beneficiary', 'ui.registry.beneficiary', R.beneficiary, async (v) => {
          R.beneficiary = v;
          const r = await Z.api('GET', '/registry/search', {query: {beneficiary: v}});
          R.found = r.ok ? r.json.records : [];
          Z.render();
        }),
        recordsTable('registry-found', R.found),
        claimsSection(claims));
    }
    view.replaceChildren(...parts);
  };
})();
