/**
 * Privacy: a person sees what Lighthouse keeps about them ({@code /mydata}) and deletes it ({@code /delete}). Every
 * module that keeps personal data implements {@link org.lighthouse.privacy.PersonalData}.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.privacy;
