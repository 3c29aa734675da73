/**
 * Small pieces every module uses: languages and interface texts, text folding, configuration problems, and the reader
 * of YAML data files.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.shared;
