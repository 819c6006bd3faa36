// Shared behaviour of the project's embedded task forms (forms/*.html): case data and context shown
// read-only, Spanish validation next to each field, conditional fields, and the evidence scans
// (upload, list, open). Tasklist loads this module once at start; each form calls
// window.tokenEmpresarialForm(camForm, root, spec) from its cam-script.
const API = 'api/tasklist/plugin/token-scans';

function appRoot() {
  const base = document.querySelector('base');
  return (base && base.getAttribute('app-root')) || '/camunda';
}

function engineName() {
  const match = /\/app\/tasklist\/([^/]+)\//.exec(window.location.pathname);
  return match ? match[1] : 'default';
}

function apiUrl(path) {
  return appRoot() + '/' + API + '/' + encodeURIComponent(engineName()) + '/' + path;
}

function scanUrl(scan) {
  return apiUrl('scans/' + encodeURIComponent(scan.id));
}

function csrfToken() {
  const match = /(?:^|;\s*)XSRF-TOKEN=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : '';
}

async function call(method, path, body, contentType) {
  const headers = {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()};
  if (contentType) {
    headers['Content-Type'] = contentType;
  }
  const response = await fetch(apiUrl(path), {method, headers, body, credentials: 'same-origin'});
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = null;
  }
  if (!response.ok) {
    const message = data && data.message ? data.message
      : response.status === 413 ? 'El archivo es demasiado grande.'
        : 'No se pudo completar la operación. Intente de nuevo.';
    throw new Error(message);
  }
  return data;
}

function sizeText(bytes) {
  if (bytes >= 1024 * 1024) {
    return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',') + ' MB';
  }
  return Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

const TYPE_NAMES = {'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG'};

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** Values of the form's own fields, by name (radio: the checked one; checkbox: true/false). */
function readValue(root, name) {
  const inputs = root.querySelectorAll('[name="' + name + '"]');
  if (!inputs.length) {
    return undefined;
  }
  const first = inputs[0];
  if (first.type === 'radio') {
    const checked = Array.from(inputs).find((i) => i.checked);
    return checked ? checked.value : null;
  }
  if (first.type === 'checkbox') {
    return first.checked;
  }
  const value = first.value.trim();
  return value === '' ? null : value;
}

function setError(root, name, message) {
  const box = root.querySelector('#te-error-' + name);
  const inputs = root.querySelectorAll('[name="' + name + '"]');
  const group = root.querySelector('[data-field="' + name + '"]');
  if (box) {
    box.textContent = message || '';
    box.hidden = !message;
  }
  inputs.forEach((input) => {
    if (message) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
  });
  if (group) {
    group.classList.toggle('te-invalid', Boolean(message));
  }
}

function setVariable(camForm, name, type, value) {
  const manager = camForm.variableManager;
  if (manager.variables[name]) {
    manager.variables[name].type = type;
    manager.variableValue(name, value);
    manager.variables[name].isDirty = true;
  } else {
    manager.createVariable({name, type, value, isDirty: true});
  }
}

function showWhen(root, values) {
  root.querySelectorAll('[data-show-when]').forEach((node) => {
    const [name, expected] = node.getAttribute('data-show-when').split('=');
    node.hidden = String(values[name]) !== expected;
  });
}

/** The scans panel: the case's scans (open in a new tab, preview) and, if allowed, uploads. */
function scanPanel(root, camForm, spec, state) {
  const panel = root.querySelector('[data-scans]');
  if (!panel) {
    return;
  }
  const list = panel.querySelector('.te-scan-list');
  const status = panel.querySelector('.te-scan-status');
  const input = panel.querySelector('input[type="file"]');
  const preview = panel.querySelector('.te-scan-preview');
  const listPath = spec.scans.intake ? 'intake/scans' : 'tasks/' + encodeURIComponent(camForm.taskId) + '/scans';

  function say(message, isError) {
    status.textContent = message || '';
    status.classList.toggle('te-error', Boolean(isError));
  }

  function render() {
    list.textContent = '';
    if (!state.scans.length) {
      list.appendChild(el('li', {class: 'te-muted'}, spec.scans.upload
        ? 'Aún no hay escaneos adjuntos.' : 'El caso no tiene escaneos adjuntos.'));
    }
    state.scans.forEach((scan) => {
      const item = el('li');
      const link = el('a', {href: scanUrl(scan), target: '_blank', rel: 'noopener'}, scan.fileName);
      item.appendChild(link);
      item.appendChild(el('span', {class: 'te-muted'}, ' · ' + (TYPE_NAMES[scan.mediaType] || '')
        + ', ' + sizeText(scan.sizeBytes) + ' · ' + scan.purpose + ' · ' + scan.uploadedAt + ' · '
        + scan.uploadedBy));
      if (scan.pending && spec.scans.upload) {
        const remove = el('button', {type: 'button', class: 'btn btn-link btn-sm'}, 'Quitar');
        remove.setAttribute('aria-label', 'Quitar ' + scan.fileName);
        remove.addEventListener('click', async () => {
          try {
            await call('DELETE', 'scans/' + encodeURIComponent(scan.id));
            state.scans = state.scans.filter((s) => s.id !== scan.id);
            render();
            say('Se quitó ' + scan.fileName + '.');
          } catch (e) {
            say(e.message, true);
          }
        });
        item.appendChild(remove);
      }
      list.appendChild(item);
    });
    if (preview) {
      preview.textContent = '';
      const first = state.scans[0];
      if (first && first.mediaType === 'application/pdf') {
        // Tasklist runs sandboxed (its Content-Security-Policy), and a sandboxed frame may not use
        // the browser's PDF viewer: a PDF opens in its own tab, an image is shown here.
        const line = el('p', {class: 'te-help'}, 'El PDF se ve completo en otra pestaña: ');
        line.appendChild(el('a', {href: scanUrl(first), target: '_blank', rel: 'noopener'},
          'abrir ' + first.fileName));
        preview.appendChild(line);
      } else if (first) {
        preview.appendChild(el('img', {src: scanUrl(first), alt: 'Escaneo: ' + first.fileName}));
      }
    }
  }

  async function upload(file) {
    if (file.size === 0) {
      throw new Error('El archivo «' + file.name + '» está vacío. Escanee de nuevo el formato firmado.');
    }
    if (state.settings && file.size > state.settings.maxFileSizeBytes) {
      throw new Error('El archivo «' + file.name + '» pesa ' + sizeText(file.size)
        + '; el máximo por archivo es ' + state.settings.maxFileSizeText + '.');
    }
    return call('POST', listPath + '?fileName=' + encodeURIComponent(file.name), file,
      'application/octet-stream');
  }

  if (input) {
    input.addEventListener('change', async () => {
      const files = Array.from(input.files || []);
      input.value = '';
      for (const file of files) {
        say('Adjuntando ' + file.name + '…');
        try {
          state.scans.push(await upload(file));
          render();
          say('Se adjuntó ' + file.name + '.');
          setError(root, 'scanIds', '');
        } catch (e) {
          say(e.message, true);
          setError(root, 'scanIds', e.message);
        }
      }
    });
  }

  Promise.all([call('GET', 'settings'), call('GET', listPath)]).then(([settings, scans]) => {
    state.settings = settings;
    state.scans = scans || [];
    const hint = panel.querySelector('.te-scan-limit');
    if (hint) {
      hint.textContent = 'PDF, JPEG o PNG; una o varias páginas o archivos; máximo '
        + settings.maxFileSizeText + ' por archivo.';
    }
    render();
  }).catch((e) => say(e.message, true));
}

window.tokenEmpresarialForm = function tokenEmpresarialForm(camForm, root, spec) {
  const state = {scans: [], settings: null};
  const shown = (spec.caseFields || []).concat(['caseContext']);

  camForm.on('form-loaded', () => {
    shown.forEach((name) => camForm.variableManager.fetchVariable(name));
  });

  camForm.on('variables-fetched', () => {
    shown.forEach((name) => {
      const variable = camForm.variableManager.variable(name);
      const value = variable ? variable.value : null;
      const target = root.querySelector('[data-case="' + name + '"]');
      if (!target) {
        return;
      }
      const row = target.closest('[data-case-row]') || target;
      const present = value !== null && value !== undefined && String(value).trim() !== '';
      target.textContent = present ? String(value) : '';
      // Without a value (no authorized person, no history yet) the line is not shown at all.
      row.hidden = !present;
    });
  });

  const values = () => {
    const result = {};
    spec.fields.forEach((f) => { result[f.name] = readValue(root, f.name); });
    return result;
  };
  const refresh = (event) => {
    showWhen(root, values());
    // A field the clerk corrects loses its message at once (the file input keeps the upload's).
    const target = event && event.target;
    if (target && target.name && target.type !== 'file') {
      setError(root, target.name, '');
    }
  };
  root.addEventListener('change', refresh);
  root.addEventListener('input', refresh);
  refresh();

  // A USB QR reader types the code followed by Enter: that Enter must not complete the task.
  root.querySelectorAll('[data-no-enter]').forEach((input) => {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
      }
    });
  });

  camForm.on('submit', () => {
    const current = values();
    let firstInvalid = null;
    spec.fields.forEach((field) => {
      const value = current[field.name];
      const active = !field.when || field.when(current);
      let message = '';
      const required = typeof field.required === 'function' ? field.required(current) : field.required;
      if (active && required && (value === null || value === undefined || value === false)) {
        message = field.requiredMessage || 'Este dato es obligatorio.';
      } else if (active && value !== null && field.check) {
        message = field.check(value, current) || '';
      }
      setError(root, field.name, message);
      if (message && !firstInvalid) {
        firstInvalid = root.querySelector('[name="' + field.name + '"]');
      }
    });
    const scanIds = state.scans.filter((s) => s.pending).map((s) => s.id);
    if (spec.scans && spec.scans.required && spec.scans.required(current) && !scanIds.length) {
      setError(root, 'scanIds', spec.scans.requiredMessage);
      firstInvalid = firstInvalid || root.querySelector('[name="scanIds"]');
    } else if (spec.scans && spec.scans.upload) {
      setError(root, 'scanIds', '');
    }
    if (firstInvalid) {
      camForm.submitPrevented = true;
      firstInvalid.focus();
      return;
    }
    spec.fields.forEach((field) => {
      const active = !field.when || field.when(current);
      const value = active ? current[field.name] : null;
      setVariable(camForm, field.name, field.type || 'String',
        field.normalize && value !== null ? field.normalize(value) : value);
    });
    if (spec.scans && spec.scans.upload) {
      setVariable(camForm, 'scanIds', 'String', scanIds.join(','));
    }
  });

  // A refusal by the server (a wrong verification code, a superseded form, ...) names its fields in
  // the 4xx body ({errors: [{field, message}]} on the error's response): show each message next to
  // its field, as the form's own checks do; Tasklist's notification says it too.
  camForm.on('submit-failed', (error) => {
    const response = (error && error.response) || error || {};
    let body = response.body && typeof response.body === 'object' ? response.body : null;
    try {
      body = body || (response.text ? JSON.parse(response.text) : null);
    } catch (ignored) {
      body = null;
    }
    let firstInvalid = null;
    ((body && body.errors) || []).forEach((e) => {
      if (e && e.field && root.querySelector('#te-error-' + e.field)) {
        setError(root, e.field, e.message);
        firstInvalid = firstInvalid || root.querySelector('[name="' + e.field + '"]');
      }
    });
    if (firstInvalid) {
      firstInvalid.focus();
    }
  });

  if (spec.scans) {
    scanPanel(root, camForm, spec, state);
  }
};

export default [];
