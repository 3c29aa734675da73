/**
 * Impact: proof that people learn. An anonymous check-in asked before and after, paired only by a random key that is
 * dropped once the follow-up is answered, and the programme's figures drawn from every module's aggregate counts.
 * Nothing here names a person.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.impact;
