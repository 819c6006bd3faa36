// "Tablero de gerencia": Cockpit frontend plugin (Camunda 7.14+ plugin API) on the dashboard.
// Data from the plugin's own endpoints (ManagementResource), authenticated by the webapp session;
// every text is built with textContent, never innerHTML, so registry data cannot inject markup.
import { PLUGIN, addStyle, client, el, figure, number, section, serialsOpener, stockForms, stockSection, table }
  from './stock.js';

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
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
  const openSerials = serialsOpener(http, listHolder);

  // Built once: a redraw after a lot or a return keeps the forms and their message.
  const movements = access.stockWrite
    ? section('Movimientos de inventario', stockForms(http, () => draw())) : null;
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
      const stock = await http.get('/stock');
      parts.push(stockSection(stock.offices, stock.lowThreshold, openSerials));
    }
    if (movements) parts.push(movements);
    root.replaceChildren(...parts);
  };
  try { await draw(); } catch (error) { root.replaceChildren(el('p', { className: 'text-danger' }, error.message)); }
}

const style = `
.tg-dashboard { margin-bottom: 24px; }
.tg-dashboard .text-muted { color: #595959; }
.tg-row { display: flex; flex-wrap: wrap; gap: 24px; }
.tg-row > .tg-section { flex: 1 1 280px; }
.tg-total { font-size: 28px; margin: 0 0 8px; }
.tg-bad { color: #b52a1d; }
.tg-chart { max-width: 680px; }
.tg-key { display: inline-block; width: 10px; height: 10px; }
`;

export default [{
  id: PLUGIN,
  pluginPoint: 'cockpit.dashboard',
  priority: 1000,
  render: (node, { api }) => {
    addStyle('tg-style', style);
    render(node, api);
  }
}];
