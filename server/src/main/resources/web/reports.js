// Download report: the report (PDF or HTML, in the UI's language) of a stored evaluation or of the checked input.
'use strict';
(() => {
  const h = Z.h;

  /** Fetches a report with the session's token and hands it to the browser as a download; errors shown in place. */
  async function save(button, method, path, opts, name) {
    const status = button.parentNode.querySelector('.report-status') || button.parentNode.appendChild(h('span.note.report-status', {}));
    button.disabled = true;
    status.textContent = Z.t('ui.report.working');
    try {
      const url = new URL('/api/v1' + path, location.origin);
      url.searchParams.set('lang', Z.lang);
      for (const [k, v] of Object.entries(opts.query || {})) if (v) url.searchParams.set(k, v);
      const headers = {Authorization: 'Bearer ' + Z.session.token};
      if (opts.type) headers['Content-Type'] = opts.type;
      const r = await fetch(url, {method, headers, body: opts.body});
      if (!r.ok) {
        let detail = String(r.status);
        try { detail = (await r.json()).detail || detail; } catch (e) { /* not JSON */ }
        status.textContent = Z.t('ui.report.failed', detail);
        return;
      }
      const a = h('a', {download: name, hidden: true});
      a.href = URL.createObjectURL(await r.blob());
      document.body.append(a);
      a.click();
      a.remove();
      status.textContent = Z.t('ui.report.saved', name);
    } finally {
      button.disabled = false;
    }
  }

  /** Buttons "Report (PDF)" and "(HTML)" for a stored evaluation. */
  Z.evaluationReport = (assessmentId, evaluationId) => {
    const path = '/assessments/' + assessmentId + '/evaluations/' + evaluationId + '/report';
    const name = (format) => 'zhonghe-report-' + assessmentId + '-evaluation-' + evaluationId + '-' + Z.lang + '.' + format;
    const button = (format) => h('button.secondary.report', {type: 'button', 'data-format': format, 'data-evaluation': evaluationId,
      onclick: (e) => save(e.currentTarget, 'GET', path, {query: {format}}, name(format))}, Z.t('ui.report.' + format));
    return h('span.report-actions', {}, button('pdf'), ' ', button('html'));
  };

  /** Buttons for the report of the input just checked (POST /report with the same body and claim). */
  Z.checkedReport = (body, query, entity) => {
    const name = (format) => 'zhonghe-report-' + entity + '-' + Z.lang + '.' + format;
    const button = (format) => h('button.secondary.report', {type: 'button', id: 'report-' + format,
      onclick: (e) => save(e.currentTarget, 'POST', '/report', {...body, query: {...query, format}}, name(format))}, Z.t('ui.report.' + format));
    return h('span.report-actions', {id: 'download-report'}, button('pdf'), ' ', button('html'));
  };
})();
