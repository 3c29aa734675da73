/** Small pieces every module uses: languages and interface texts, text folding, configuration problems. */
@org.jspecify.annotations.NullMarked
package org.lighthouse.shared;
