/**
 * The responder console: a server-rendered web app under {@code /console} for staff (responders, admins, teachers),
 * with its own accounts, login with two factors, roles and an append-only audit log. Case pages use
 * {@link org.lighthouse.console.ConsoleUser} as their principal and {@code console.audit.AuditLog} to record what
 * staff saw and did.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.console;
