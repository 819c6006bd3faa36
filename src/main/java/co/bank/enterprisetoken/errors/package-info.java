/**
 * Refusals of the bank's rules and of bad input, in Spanish for the person who made the request.
 * They extend the engine's {@code BadUserRequestException}: raised by a delegate while Tasklist
 * completes a task or starts a case, the engine REST API answers 400 with the message, not 500;
 * the portal API maps each one to its RFC 9457 answer ({@code portal.PortalProblems}).
 */
package co.bank.enterprisetoken.errors;
