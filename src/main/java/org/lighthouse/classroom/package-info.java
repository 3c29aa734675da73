/**
 * Classroom: admins invite teachers; a teacher creates classes with a join link and QR code, assigns lessons with a due
 * date, and reads the class's results. Students join with the link under a name of their choice, and can leave.
 * Teachers see only what students did in the lessons assigned to their own classes.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.classroom;
