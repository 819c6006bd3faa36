// Token Empresarial: the custom script every Camunda webapp loads (customScripts in
// app/<app>/scripts/config.js) before it starts. It
//  1. makes the webapps show Bogotá time on any PC: Camunda's bundled moment.js formats in the
//     browser's zone, so moment-timezone (webjar, /webjars/moment-timezone) is attached to that same
//     moment instance and its default zone set to America/Bogota; and applies config.js's
//     dateFormat to every app (Cockpit overrides it with ISO "YYYY-MM-DD[T]HH:mm:ss" otherwise);
//  2. shows people only what they can use: plugins for actions a role may not take are removed from
//     Camunda's plugin registry (an AngularJS run block, before any view renders), keyed on the
//     user's groups (Camunda's own cam-exclude-plugins is read before custom scripts load, for all);
//  3. fixes what axe-core finds in Camunda's own chrome that a script can fix (accessible names of
//     icon-only buttons and links, aria attributes on elements that do not support them).
// The server's authorizations stay the real guard; this only keeps unusable buttons off screen.

const ZONE = 'America/Bogota';
// Bogotá has kept UTC-5 without daylight saving since 1993 (IANA tz data, packed by moment-timezone).
const ZONE_DATA = 'America/Bogota|LMT BMT -05 -04|4U.g 4U.g 50 40|01232|-3sTv3.I 1eIo0 38yo3.I 1PX0|90e5';
const MOMENT_TIMEZONE = '/webjars/moment-timezone/builds/moment-timezone.min.js';
// Camunda 7.24's webpack module ids of its moment.js and AngularJS (lib/deps.js). Both are checked
// below; an upgrade that renumbers them fails the browser suite (Bogotá time, hidden actions).
const MOMENT_MODULE_ID = 98024;
const ANGULAR_MODULE_ID = 30336;

const OPERATORS = 'camunda-admin';
const APP = document.querySelector('base').getAttribute('app-name');
const API = `${document.querySelector('base').getAttribute('app-root')}/api`;

// Plugins that change cases, definitions, jobs or batches: Cockpit shows them to operators only.
const COCKPIT_MODIFYING_PLUGINS = [
  'cockpit.processInstance.runtime.action', // add variable, cancel, suspend
  'cockpit.processInstance.history.action',
  'cockpit.processDefinition.runtime.action', // suspend, job priorities
  'cockpit.processDefinition.history.action',
  'cockpit.jobDefinition.action', // suspend, job priority
  'cockpit.incident.action', // retry
  'cockpit.decisionDefinition.action',
  'cockpit.decisionInstance.action',
  'cockpit.caseDefinition.action',
  'cockpit.caseInstance.action',
  'cockpit.processes.action',
  'cockpit.repository.deployment.action:delete-deployment',
  'cockpit.navigation:batch',
];

function camundaModule(id) {
  let require;
  (window.webpackChunkcamunda_bpm_webapp ||= []).push([[`token-empresarial-${id}`], {}, (r) => {
    require = r;
  }]);
  return require(id);
}

function loadClassicScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.appendChild(script);
  });
}

async function bogotaTime() {
  const moment = camundaModule(MOMENT_MODULE_ID);
  if (!moment || typeof moment.utc !== 'function' || !moment.version) {
    throw new Error(`module ${MOMENT_MODULE_ID} is not moment.js: times stay in the browser's zone`);
  }
  const previous = window.moment;
  window.moment = moment; // moment-timezone's UMD build extends window.moment
  try {
    await loadClassicScript(MOMENT_TIMEZONE);
  } finally {
    if (previous === undefined) delete window.moment; else window.moment = previous;
  }
  moment.tz.add(ZONE_DATA);
  moment.tz.setDefault(ZONE);
}

async function get(path) {
  const response = await fetch(`${API}${path}`, { credentials: 'same-origin',
    headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

/** The logged-in user and their group ids, or null before login. */
async function currentUser() {
  const auth = await get('/admin/auth/user/default');
  if (!auth || !auth.userId) return null;
  const groups = await get(`/engine/engine/default/group?member=${encodeURIComponent(auth.userId)}`);
  return { id: auth.userId, groups: (groups || []).map((g) => g.id) };
}

/** Plugins this user does not get in this app: "pluginPoint" or "pluginPoint:id". */
async function exclusionsFor(user) {
  const operator = user.groups.includes(OPERATORS);
  if (APP === 'cockpit') return operator ? [] : COCKPIT_MODIFYING_PLUGINS;
  if (APP !== 'tasklist') return [];
  const excluded = operator ? [] : ['tasklist.navbar.action:create-task-action'];
  const startable = await get('/engine/engine/default/process-definition/count'
    + '?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true');
  if (!startable || startable.count === 0) excluded.push('tasklist.navbar.action:start-process-action');
  return excluded;
}

// config.js's dateFormat, set after the app's own config blocks (Cockpit hard-codes its formats in
// one), before any view renders.
function colombianDateFormats(angular) {
  const formats = window[`cam${APP.charAt(0).toUpperCase()}${APP.slice(1)}Conf`]?.dateFormat || {};
  let provider;
  angular.module('cam.commons.filter.date').config(['camDateFormatProvider', (p) => { provider = p; }]);
  angular.module('webapps.plugin').run(() => {
    for (const [name, format] of Object.entries(formats)) provider.setDateFormat(format, name);
  });
}

/** What a staff member may not use: out on the login page, before anyone is known. */
function staffExclusions() {
  if (APP === 'cockpit') return COCKPIT_MODIFYING_PLUGINS;
  if (APP === 'tasklist') {
    return ['tasklist.navbar.action:create-task-action', 'tasklist.navbar.action:start-process-action'];
  }
  return [];
}

/**
 * Takes plugins out of Camunda's registry and puts them back. Camunda's views hold the registry's
 * own arrays, so a change shows at the next digest, also for a header already rendered.
 */
function pluginRegistry(Plugins) {
  let removed = [];
  const restoreAll = () => {
    for (const { list, index, plugin } of removed.reverse()) list.splice(Math.min(index, list.length), 0, plugin);
    removed = [];
  };
  const remove = (excluded) => {
    const matches = (point, plugin) => excluded.some((e) => e === point || e === `${point}:${plugin.id}`);
    for (const type of ['view', 'data']) {
      for (const [point, list] of Object.entries(Plugins.getAllProviders(type))) {
        for (let index = list.length - 1; index >= 0; index--) {
          if (matches(point, list[index])) removed.push({ list, index, plugin: list.splice(index, 1)[0] });
        }
      }
    }
  };
  return { apply(excluded) { restoreAll(); remove(excluded); } };
}

// Registered before Camunda bootstraps the app (it awaits its custom scripts): the run block runs
// before any view renders. On the login page everything a staff member may not use is out; when
// someone logs in, what their groups allow comes back.
async function showOnlyWhatTheUserCanUse(angular) {
  const user = await currentUser();
  const excluded = user ? await exclusionsFor(user) : staffExclusions();
  angular.module('webapps.plugin').run(['Plugins', '$rootScope', (Plugins, $rootScope) => {
    const registry = pluginRegistry(Plugins);
    const show = (who, exclusions) => {
      registry.apply(exclusions);
      document.documentElement.dataset.teExcluded = exclusions.join(' ');
      document.documentElement.dataset.teRoles = !who ? 'anonymous'
        : (who.groups.includes(OPERATORS) ? 'operator' : 'staff');
    };
    show(user, excluded);
    $rootScope.$on('authentication.changed', async (event, authentication) => {
      if (!authentication) {
        show(null, staffExclusions());
        return;
      }
      const who = await currentUser();
      show(who, who ? await exclusionsFor(who) : staffExclusions());
      $rootScope.$applyAsync();
    });
  }]);
}

// Accessible names for Camunda's icon-only buttons and links (axe-core "button-name", "link-name"):
// their tooltip when they have one, else the name below.
const ACCESSIBLE_NAMES = [
  ['.app-switch > .dropdown-toggle', 'Aplicaciones'],
  ['.account > .dropdown-toggle', 'Mi cuenta'],
  ['.navbar-toggle', 'Mostrar u ocultar la navegación'],
  ['[data-region="filters"]', 'Mostrar u ocultar los filtros'],
  ['[data-region="list"]', 'Mostrar u ocultar la lista de tareas'],
  ['[data-region="task"]', 'Mostrar u ocultar la tarea'],
  ['.maximize', 'Maximizar'],
  ['.minimize', 'Restaurar'],
  ['.new-sort > .dropdown-toggle', 'Agregar orden'],
  ['.sort-direction', 'Cambiar el sentido del orden'],
  ['.dropdown-toggle', 'Más opciones'],
  ['.shutter > a', 'Mostrar u ocultar el detalle'],
  ['.instance-link', 'Abrir el caso en Supervisión'],
  // its tooltip is still "{{…}}" when Tasklist inserts it after a claim
  ['.unclaim', 'Liberar'],
];
const NAMELESS = 'button, a, [role="button"]';
function hasName(element) {
  return element.innerText.trim() || element.getAttribute('aria-label') || element.getAttribute('title')
    || element.querySelector('img[alt]:not([alt=""])');
}
function nameControls(root) {
  for (const element of root.querySelectorAll(NAMELESS)) {
    if (hasName(element)) continue;
    const tooltip = element.getAttribute('uib-tooltip') || element.getAttribute('tooltip')
      || element.querySelector('[uib-tooltip]')?.getAttribute('uib-tooltip');
    const known = ACCESSIBLE_NAMES.find(([selector]) => element.matches(selector));
    const name = (tooltip && !tooltip.includes('{{') && tooltip) || known?.[1];
    if (!name) continue;
    element.setAttribute('aria-label', name);
    // an <a> without href (Camunda's copy-link icon) has no role that may carry a name
    if (element.matches('a:not([href]):not([role])')) element.setAttribute('role', 'button');
  }
  // aria-expanded on a plain text input (the search field) is only valid on a combobox
  for (const input of root.querySelectorAll('input[aria-expanded]:not([role])')) input.setAttribute('role', 'combobox');
  // a positive tabindex (login form) breaks the reading order of keyboard users
  for (const element of root.querySelectorAll('[tabindex]')) {
    if (Number(element.getAttribute('tabindex')) > 0) element.setAttribute('tabindex', '0');
  }
}

// The app switch names the apps as their headers do (Camunda writes its product names there).
const APP_NAMES = { tasklist: 'Tareas', cockpit: 'Supervisión', admin: 'Administración', welcome: 'Inicio' };
// The language Camunda picked (config.js: the browser's first language if offered, else Spanish),
// so that screen readers read the page as Spanish.
const LANGUAGE = (navigator.languages?.[0] || navigator.language || '').toLowerCase().startsWith('en')
  ? 'en' : 'es';
function fixChrome(root) {
  if (document.documentElement.lang !== LANGUAGE) document.documentElement.lang = LANGUAGE;
  for (const [app, name] of Object.entries(APP_NAMES)) {
    for (const link of root.querySelectorAll(`.app-switch li.${app} > a`)) {
      if (link.textContent.trim() !== name) link.textContent = name;
    }
  }
  nameControls(root);
  const footerZone = root.querySelector('#footer-timezone i');
  if (footerZone && footerZone.textContent !== 'Bogotá (UTC-5)') footerZone.textContent = 'Bogotá (UTC-5)';
}
function fixChromeWhenRendered() {
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true; // once per frame, however many nodes Angular just rendered
    requestAnimationFrame(() => {
      scheduled = false;
      fixChrome(document);
    });
  });
  const start = () => {
    fixChrome(document);
    observer.observe(document.body, { childList: true, subtree: true });
  };
  if (document.body) start(); else window.addEventListener('DOMContentLoaded', start);
}

function camundasAngular() {
  const angular = camundaModule(ANGULAR_MODULE_ID);
  if (!angular || typeof angular.module !== 'function') {
    throw new Error(`module ${ANGULAR_MODULE_ID} is not AngularJS: no formats set, no actions hidden`);
  }
  return angular;
}

await Promise.all([
  bogotaTime(),
  (async () => {
    const angular = camundasAngular();
    colombianDateFormats(angular);
    await showOnlyWhatTheUserCanUse(angular);
  })(),
].map((step) => step.catch((e) => console.error('Token Empresarial:', e))));
fixChromeWhenRendered();

export default [];
