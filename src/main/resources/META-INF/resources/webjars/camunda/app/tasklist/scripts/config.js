// Token Empresarial: branding of the Camunda tasklist webapp. This file replaces the webjar's
// app/tasklist/scripts/config.js (the application's classpath comes first).
export default {
  // Header brand and page title read "<vendor> <name>".
  app: {
    name: 'Tareas',
    vendor: 'Token Empresarial'
  },
  // Camunda 7 CE ships only 'en' and 'de' translations (locales/en.json, de.json); there is no
  // 'es', so English stays the fallback. Business texts (task names, forms) are in Spanish.
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  // The "Welcome back" message after login.
  disableWelcomeMessage: true,

  // Keyboard shortcuts as shipped with Camunda.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
