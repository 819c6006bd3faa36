// "Tablero de gerencia": Cockpit frontend plugin (Camunda 7.14+ plugin API) on the dashboard.
// Data from the plugin's own endpoints (ManagementResource), authenticated by the webapp session;
// every text is built with textContent, never innerHTML, so registry data cannot inject markup.
const PLUGIN = 'tablero-gerencia';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === 'onclick') node.addEventListener('click', value);
    else if (key === 'className') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

const number = (n) => new Intl.NumberFormat('es-CO').format(n);

function client(api) {
  const base = `${api.cockpitApi || '/camunda/api/cockpit'}/plugin/${PLUGIN}/${api.engine || 'default'}`;
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      credentials: 'same-origin',
      headers: Object.assign({ Accept: 'application/json' },
        body ? { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken } : {}),
      body: body ? JSON.stringify(body) : undefined
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw Object.assign(new Error(data.message || 'Error ' + response.status), { status: response.status, data });
    return data;
  };
  return { base, get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}

/** A figure that opens the list behind it; data-figure names it (e.g. status:SOLICITADO). */
function figure(value, onclick, extraClass, key) {
  const attrs = key ? { 'data-figure': key } : {};
  if (!value || !onclick) return el('span', Object.assign({ className: 'tg-figure ' + (extraClass || '') }, attrs), number(value || 0));
  return el('a', Object.assign({ href: '', className: 'tg-figure tg-link ' + (extraClass || ''), role: 'button',
    onclick: (e) => { e.preventDefault(); onclick(); } }, attrs), number(value));
}

function table(headers, rows, attrs) {
  return el('table', Object.assign({ className: 'table table-condensed tg-table' }, attrs || {}),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c))))));
}

function section(title, ...content) {
  return el('section', { className: 'tg-section' }, el('h4', {}, title), ...content);
}

function weeklyChart(weeks, open) {
  const width = 640, height = 180, pad = 28, slot = (width - pad) / weeks.length;
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.opened, w.closed)));
  const scale = (n) => (height - 40) * n / max;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img',
    'aria-label': 'Casos abiertos y cerrados por semana, últimas 12 semanas', class: 'tg-chart' });
  chart.append(svg('line', { x1: pad, y1: height - 24, x2: width, y2: height - 24, stroke: '#999' }));
  weeks.forEach((w, i) => {
    const x = pad + i * slot;
    [['opened', '#2c6fbb', 'abiertos'], ['closed', '#3a9a5b', 'cerrados']].forEach(([kind, color, word], k) => {
      const h = scale(w[kind]);
      const bar = svg('rect', { x: x + 4 + k * (slot / 2 - 2), y: height - 24 - h, width: slot / 2 - 6, height: Math.max(h, 0.5),
        fill: color, 'data-week': i, 'data-kind': kind, class: 'tg-bar', style: 'cursor:pointer',
        onclick: () => open({ week: i, kind }, `Casos ${word} en la semana del ${w.from} al ${w.to}`) },
        svg('title', {}, `Semana del ${w.from} al ${w.to}: ${w[kind]} ${word}`));
      chart.append(bar);
      if (w[kind] > 0) chart.append(svg('text', { x: x + 4 + k * (slot / 2 - 2) + (slot / 2 - 6) / 2, y: height - 28 - h,
        'text-anchor': 'middle', 'font-size': 10 }, w[kind]));
    });
    chart.append(svg('text', { x: x + slot / 2, y: height - 8, 'text-anchor': 'middle', 'font-size': 10 }, w.from.slice(0, 5)));
  });
  return el('div', {}, chart,
    el('p', { className: 'tg-legend' }, el('span', { className: 'tg-key', style: 'background:#2c6fbb' }), ' Abiertos ',
      el('span', { className: 'tg-key', style: 'background:#3a9a5b' }), ' Cerrados (semanas de lunes a domingo, hora de Bogotá)'));
}

function caseList(rows, title, close) {
  return el('div', { className: 'tg-list', 'data-testid': 'tg-list' },
    el('h4', {}, title, ' ', el('small', {}, `(${number(rows.length)}${rows.length >= 500 ? ' primeros' : ''})`), ' ',
      el('button', { className: 'btn btn-default btn-xs', onclick: close }, 'Cerrar')),
    rows.length === 0 ? el('p', {}, 'No hay casos.') :
      table(['Caso', 'Estado', 'Oficina', 'Empresa', 'Solicitado', 'Cerrado'],
        rows.map((r) => [r.confirmationNumber, r.statusLabel, `${r.office} ${r.officeName}`, r.company, r.requestedAt, r.closedAt || ''])));
}

function stockForms(http, refresh) {
  const message = el('p', { className: 'tg-message', role: 'status' });
  const show = (error, ok) => {
    message.className = 'tg-message ' + (error ? 'text-danger' : 'text-success');
    message.textContent = error
      ? [error.message, ...((error.data && error.data.errors) || []).map((e) => e.message)].join(' ')
      : ok;
  };
  const input = (name, label, attrs) => el('label', { className: 'tg-field' }, label,
    el('input', Object.assign({ name, className: 'form-control input-sm' }, attrs || {})));
  const lot = el('form', { className: 'tg-form', 'data-testid': 'tg-lot-form' },
    el('h5', {}, 'Registrar lote recibido'),
    input('branchOffice', 'Oficina (código)', { maxlength: 4, inputmode: 'numeric', required: '' }),
    input('firstSerial', 'Primer serial', { maxlength: 10, inputmode: 'numeric' }),
    input('lastSerial', 'Último serial', { maxlength: 10, inputmode: 'numeric' }),
    el('label', { className: 'tg-field' }, 'o lista de seriales',
      el('textarea', { name: 'serials', rows: 2, className: 'form-control input-sm' })),
    input('reference', 'Remisión o referencia', { maxlength: 60 }),
    el('button', { type: 'submit', className: 'btn btn-primary btn-sm' }, 'Registrar lote'));
  lot.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(lot);
    const value = (k) => (f.get(k) || '').trim() || null;
    try {
      const r = await http.post('/stock/lots', { branchOffice: value('branchOffice'), firstSerial: value('firstSerial'),
        lastSerial: value('lastSerial'), serials: value('serials'), reference: value('reference') });
      lot.reset();
      show(null, `Lote registrado: ${number(r.registered)} tokens.`);
      refresh();
    } catch (error) { show(error); }
  });
  const back = el('form', { className: 'tg-form', 'data-testid': 'tg-return-form' },
    el('h5', {}, 'Devolver al inventario un token entregado por error'),
    input('serial', 'Serial', { maxlength: 10, inputmode: 'numeric', required: '' }),
    input('reason', 'Motivo', { maxlength: 500, required: '' }),
    el('button', { type: 'submit', className: 'btn btn-default btn-sm' }, 'Devolver al inventario'));
  back.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(back);
    try {
      const r = await http.post('/stock/returns', { serial: (f.get('serial') || '').trim(), reason: (f.get('reason') || '').trim() });
      back.reset();
      show(null, r && r.undoneCase
        ? `El token volvió al inventario de su oficina; se anuló su entrega en el caso ${r.undoneCase}, que espera de nuevo la entrega en la oficina.`
        : 'El token volvió al inventario de su oficina.');
      refresh();
    } catch (error) { show(error); }
  });
  return el('div', { className: 'tg-forms' }, lot, back, message);
}

function stockSection(stock, threshold, openSerials) {
  return section('Inventario de tokens por oficina',
    el('p', { className: 'text-muted' }, `Inventario bajo: ${threshold} tokens o menos (los gerentes reciben un correo cada vez que una oficina cae a ese nivel).`),
    table(['Oficina', 'En inventario', 'Entregados', 'Estado'], stock.map((s) => [
      `${s.officeCode} ${s.officeName}`,
      figure(s.inStock, () => openSerials(s), '', 'stock:' + s.officeCode),
      number(s.delivered),
      s.low ? el('span', { className: 'label label-danger' }, 'Inventario bajo') : el('span', { className: 'label label-success' }, 'Suficiente')
    ]), { 'data-testid': 'tg-stock' }));
}

async function render(node, api) {
  const http = client(api);
  let access;
  try { access = await http.get('/access'); } catch (e) { return; }
  if (!access.dashboard && !access.stock) return; // not for this user: the plugin stays absent

  const root = el('div', { className: 'tg-dashboard', 'data-testid': 'tablero-gerencia' });
  node.append(root);
  const listHolder = el('div');

  const openCases = async (filter, title) => {
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== null && v !== undefined)).toString();
    listHolder.replaceChildren(el('p', {}, 'Cargando…'));
    try {
      const rows = await http.get('/cases?' + query);
      listHolder.replaceChildren(caseList(rows, title, () => listHolder.replaceChildren()));
      listHolder.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    } catch (error) { listHolder.replaceChildren(el('p', { className: 'text-danger' }, error.message)); }
  };
  const openSerials = async (office) => {
    const serials = await http.get('/stock/' + encodeURIComponent(office.officeCode));
    listHolder.replaceChildren(el('div', { className: 'tg-list', 'data-testid': 'tg-list' },
      el('h4', {}, `Tokens en inventario de la oficina ${office.officeCode} ${office.officeName} `, el('small', {}, `(${serials.length})`), ' ',
        el('button', { className: 'btn btn-default btn-xs', onclick: () => listHolder.replaceChildren() }, 'Cerrar')),
      el('p', { className: 'tg-serials' }, serials.join(', ') || 'Sin tokens.')));
  };

  const draw = async () => {
    const parts = [el('h3', {}, 'Tablero de gerencia')];
    if (access.dashboard) {
      const [d, expiring] = await Promise.all([http.get('/dashboard'), http.get('/expiring')]);
      parts.push(el('p', { className: 'text-muted' }, `Datos del registro al ${d.generatedAt} (hora de Bogotá). Cada cifra abre la lista de casos que cuenta. `,
        el('button', { className: 'btn btn-default btn-xs', onclick: () => draw() }, 'Actualizar')));
      parts.push(el('div', { className: 'tg-row' },
        section('Casos abiertos', el('p', { className: 'tg-total', 'data-testid': 'tg-open-total' }, figure(d.openCases, () => openCases({}, 'Casos abiertos'), '', 'open')),
          table(['Estado', 'Casos'], d.byStatus.map((s) => [s.label, figure(s.count, () => openCases({ status: s.key }, `Casos en estado ${s.label}`), '', 'status:' + s.key)]), { 'data-testid': 'tg-by-status' })),
        section('Casos abiertos por oficina',
          table(['Oficina', 'Casos'], d.byOffice.map((o) => [o.label, figure(o.count, () => openCases({ office: o.key }, `Casos abiertos de la oficina ${o.label}`), '', 'office:' + o.key)]), { 'data-testid': 'tg-by-office' })),
        section('Antigüedad de los casos abiertos',
          table(['Desde la solicitud', 'Casos'], d.ageing.map((a) => [a.label, figure(a.count, () => openCases({ age: a.key }, `Casos abiertos con antigüedad de ${a.label.toLowerCase()}`))]), { 'data-testid': 'tg-ageing' }))));
      parts.push(section('Plazos vencidos y por vencer',
        table(['Plazo', 'Duración', 'Vencidos', 'Vencen en las próximas horas'], d.windows.map((w) => [
          w.label, w.length,
          figure(w.past, () => openCases({ window: w.key, when: 'past' }, `${w.label}: plazo vencido`), w.past ? 'tg-bad' : '', 'past:' + w.key),
          figure(w.near, () => openCases({ window: w.key, when: 'near' }, `${w.label}: plazo por vencer`), '', 'near:' + w.key)
        ]), { 'data-testid': 'tg-windows' })));
      parts.push(el('div', { className: 'tg-row' },
        section('Casos abiertos y cerrados por semana (12 semanas)', weeklyChart(d.weeks, openCases)),
        section('Oficinas con más trabajo vencido', d.overdueRanking.length === 0 ? el('p', {}, 'Ninguna oficina tiene casos con plazo vencido.') :
          table(['Oficina', 'Casos vencidos', 'Por vencer'], d.overdueRanking.map((o) => [`${o.office} ${o.name}`,
            figure(o.overdue, () => openCases({ office: o.office }, `Casos abiertos de la oficina ${o.office} ${o.name}`), 'tg-bad'), number(o.near)]), { 'data-testid': 'tg-ranking' }))));
      parts.push(listHolder);
      parts.push(stockSection(d.stock, d.lowStockThreshold, openSerials));
      parts.push(section(`Tokens que vencen en los próximos ${expiring.windowDays} días`,
        el('p', {}, el('a', { href: http.base + '/expiring.csv', className: 'btn btn-default btn-sm', download: '' }, 'Descargar CSV (Excel)')),
        expiring.rows.length === 0 ? el('p', {}, 'Ningún token vence en este periodo.') :
          table(['Empresa', 'NIT', 'Oficina', 'Tokens', 'Primer vencimiento'], expiring.rows.map((r) => [
            r.company, r.nit, r.office ? `${r.office} ${r.officeName}` : 'Sin oficina', number(r.devices), r.firstExpiry]), { 'data-testid': 'tg-expiring' })));
    } else {
      parts.push(listHolder);
      parts.push(stockSection(await http.get('/stock'), '', openSerials));
    }
    if (access.stockWrite) parts.push(section('Movimientos de inventario', stockForms(http, draw)));
    root.replaceChildren(...parts);
  };
  try { await draw(); } catch (error) { root.replaceChildren(el('p', { className: 'text-danger' }, error.message)); }
}

const style = `
.tg-dashboard { margin-bottom: 24px; }
.tg-dashboard .text-muted { color: #595959; }
.tg-row { display: flex; flex-wrap: wrap; gap: 24px; }
.tg-row > .tg-section { flex: 1 1 280px; }
.tg-section { margin-bottom: 16px; }
.tg-total { font-size: 28px; margin: 0 0 8px; }
.tg-figure { font-weight: bold; }
.tg-bad { color: #b52a1d; }
.tg-table { width: auto; min-width: 260px; }
.tg-chart { max-width: 680px; }
.tg-key { display: inline-block; width: 10px; height: 10px; }
.tg-forms { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.tg-form { max-width: 320px; }
.tg-field { display: block; font-weight: normal; margin-bottom: 6px; }
.tg-list { border: 1px solid #ddd; padding: 8px 12px; margin-bottom: 16px; max-height: 420px; overflow: auto; }
.tg-serials { word-break: break-word; }
`;

export default [{
  id: PLUGIN,
  pluginPoint: 'cockpit.dashboard',
  priority: 1000,
  render: (node, { api }) => {
    if (!document.getElementById('tg-style')) {
      document.head.append(el('style', { id: 'tg-style' }, style));
    }
    render(node, api);
  }
}];
