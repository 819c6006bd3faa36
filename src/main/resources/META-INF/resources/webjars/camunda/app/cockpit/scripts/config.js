// Token Empresarial: branding of the Camunda cockpit webapp. This file replaces the webjar's
// app/cockpit/scripts/config.js (the application's classpath comes first).
export default {
  // Header brand and page title read "<vendor> <name>".
  app: {
    name: 'Supervisión',
    vendor: 'Token Empresarial'
  },
  // Camunda 7 CE ships only 'en' and 'de' translations (locales/en.json, de.json); there is no
  // 'es', so English stays the fallback. Business texts (task names, forms) are in Spanish.
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  // The "Welcome back" message after login.
  disableWelcomeMessage: true
};
