// "Inventario de tokens" in Tasklist's top bar, for back office (and operators), who work in
// Tasklist and have no Cockpit: the stock per office, a lot received, a token returned. The same
// module as the managers' dashboard in Cockpit draws it (tablero-gerencia's stock.js, a static
// asset every signed-in page may load), against the same endpoints and role checks.
import { addStyle, client, el, section, serialsOpener, stockForms, stockSection }
  from '../../../../../cockpit/plugin/tablero-gerencia/static/app/stock.js';

const style = `
.it-panel { position: fixed; top: 60px; right: 16px; left: 16px; max-width: 1100px; margin: 0 auto;
  max-height: calc(100vh - 80px); overflow: auto; z-index: 1050; background: #fff;
  border: 1px solid #ccc; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 12px 20px; }
.it-panel h3 { margin-top: 4px; }
`;

async function openPanel(http, access) {
  document.querySelector('.it-panel')?.remove();
  const panel = el('div', { className: 'it-panel', role: 'dialog', 'aria-label': 'Inventario de tokens',
    'data-testid': 'inventario-tokens' });
  const close = el('button', { className: 'btn btn-default btn-sm pull-right', onclick: () => panel.remove() }, 'Cerrar');
  const holder = el('div');
  // Built once: a redraw after a lot or a return keeps the forms and their message.
  const movements = access.stockWrite
    ? section('Movimientos de inventario', stockForms(http, () => draw())) : null;
  const draw = async () => {
    try {
      const stock = await http.get('/stock');
      const parts = [close, el('h3', {}, 'Inventario de tokens'), holder,
        stockSection(stock.offices, stock.lowThreshold, serialsOpener(http, holder))];
      if (movements) parts.push(movements);
      panel.replaceChildren(...parts);
    } catch (error) {
      panel.replaceChildren(close, el('p', { className: 'text-danger' }, error.message));
    }
  };
  document.body.append(panel);
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') panel.remove(); });
  await draw();
}

export default [{
  id: 'inventario-tokens',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: async (node, { api }) => {
    const http = client(api);
    let access;
    try { access = await http.get('/access'); } catch (e) { return; }
    if (!access.stock) return; // branch staff: nothing here
    addStyle('it-style', style);
    node.append(el('a', { href: '', role: 'button', className: 'it-open', 'data-testid': 'inventario-tokens-open',
      onclick: (e) => { e.preventDefault(); openPanel(http, access); } }, 'Inventario de tokens'));
  }
}];
