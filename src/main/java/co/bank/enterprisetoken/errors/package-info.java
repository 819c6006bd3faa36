/**
 * Refusals of the bank's rules and of bad input, in Spanish for the person who made the request.
 * They extend the engine's {@code BadUserRequestException}, which the engine logs at DEBUG only.
 * Raised by a delegate while Tasklist completes a task or starts a case, {@code webapp.RefusalMappers}
 * answer the engine REST call with a 4xx and the Spanish message; the portal API maps each one to
 * its RFC 9457 answer ({@code portal.PortalProblems}).
 */
package co.bank.enterprisetoken.errors;
