// The parts of the "Tablero de gerencia" that back office uses too (the token stock: its table, a
// lot received, a token returned): one module for Cockpit's dashboard plugin (plugin.js) and for
// Tasklist's "Inventario de tokens" (plugin inventario-tokens), so both show the same forms.
// Every text is built with textContent, never innerHTML, so registry data cannot inject markup.
export const PLUGIN = 'tablero-gerencia';

export function el(tag, attrs, ...children) {
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

export const number = (n) => new Intl.NumberFormat('es-CO').format(n);

/**
 * The management endpoints (ManagementResource, under Cockpit's plugin API), from Cockpit or from
 * Tasklist: both sessions are the same webapp login, and the resource checks the user's groups.
 */
export function client(api) {
  const root = api.cockpitApi || (api.tasklistApi || '/camunda/api/tasklist').replace(/tasklist$/, 'cockpit');
  const base = `${root}/plugin/${PLUGIN}/${api.engine || 'default'}`;
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
export function figure(value, onclick, extraClass, key) {
  const attrs = key ? { 'data-figure': key } : {};
  if (!value || !onclick) return el('span', Object.assign({ className: 'tg-figure ' + (extraClass || '') }, attrs), number(value || 0));
  return el('a', Object.assign({ href: '', className: 'tg-figure tg-link ' + (extraClass || ''), role: 'button',
    onclick: (e) => { e.preventDefault(); onclick(); } }, attrs), number(value));
}

export function table(headers, rows, attrs) {
  return el('table', Object.assign({ className: 'table table-condensed tg-table' }, attrs || {}),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c))))));
}

export function section(title, ...content) {
  return el('section', { className: 'tg-section' }, el('h4', {}, title), ...content);
}

export function stockForms(http, refresh) {
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

export function stockSection(stock, threshold, openSerials) {
  return section('Inventario de tokens por oficina',
    el('p', { className: 'text-muted' }, `Inventario bajo: ${threshold} tokens o menos (los gerentes reciben un correo cada vez que una oficina cae a ese nivel).`),
    table(['Oficina', 'En inventario', 'Entregados', 'Estado'], stock.map((s) => [
      `${s.officeCode} ${s.officeName}`,
      figure(s.inStock, () => openSerials(s), '', 'stock:' + s.officeCode),
      number(s.delivered),
      s.low ? el('span', { className: 'label label-danger' }, 'Inventario bajo') : el('span', { className: 'label label-success' }, 'Suficiente')
    ]), { 'data-testid': 'tg-stock' }));
}

/** Opens, in {@code holder}, the serials an office has in stock (a figure of the stock table). */
export function serialsOpener(http, holder) {
  return async (office) => {
    const serials = await http.get('/stock/' + encodeURIComponent(office.officeCode));
    holder.replaceChildren(el('div', { className: 'tg-list', 'data-testid': 'tg-list' },
      el('h4', {}, `Tokens en inventario de la oficina ${office.officeCode} ${office.officeName} `, el('small', {}, `(${serials.length})`), ' ',
        el('button', { className: 'btn btn-default btn-xs', onclick: () => holder.replaceChildren() }, 'Cerrar')),
      el('p', { className: 'tg-serials' }, serials.join(', ') || 'Sin tokens.')));
  };
}

export const STOCK_STYLE = `
.tg-section { margin-bottom: 16px; }
.tg-figure { font-weight: bold; }
.tg-table { width: auto; min-width: 260px; }
.tg-forms { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.tg-form { max-width: 320px; }
.tg-field { display: block; font-weight: normal; margin-bottom: 6px; }
.tg-list { border: 1px solid #ddd; padding: 8px 12px; margin-bottom: 16px; max-height: 420px; overflow: auto; }
.tg-serials { word-break: break-word; }
`;

/** Adds the shared styles (and {@code extra}) to the page once. */
export function addStyle(id, extra) {
  if (!document.getElementById(id)) {
    document.head.append(el('style', { id }, STOCK_STYLE + (extra || '')));
  }
}
