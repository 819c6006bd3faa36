// Token Empresarial: branding of the Camunda admin webapp. This file replaces the webjar's
// app/admin/scripts/config.js (the application's classpath comes first).
export default {
  // Header brand and page title read "<vendor> <name>".
  app: {
    name: 'Administración',
    vendor: 'Token Empresarial'
  },
  // Spanish (locales/es.json, the project's own) for every browser language except English;
  // a browser set to English gets Camunda's English. Camunda picks the browser's first language.
  locales: {
    availableLocales: ['es', 'en'],
    fallbackLocale: 'es'
  },
  // Colombian formats (moment.js patterns); times are Bogotá's, set by token-empresarial/webapps.js.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, D [de] MMMM [de] YYYY, HH:mm',
    short: 'DD/MM/YYYY'
  },
  // Bogotá time, role-based hiding and accessibility fixes, shared by the four webapps.
  customScripts: ['../token-empresarial/webapps'],
  // The "Welcome back" message after login.
  disableWelcomeMessage: true
};
