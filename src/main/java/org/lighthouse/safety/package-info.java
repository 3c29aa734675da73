/** Safety: every message is screened for danger before the dialogue sees it. */
@org.jspecify.annotations.NullMarked
package org.lighthouse.safety;
