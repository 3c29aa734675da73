package org.lighthouse.console.teaching;

import java.io.Serializable;
import java.util.Map;
import org.lighthouse.classroom.ClassroomConsole;
import org.lighthouse.console.ConsoleUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Who a console account is in the classroom: the Telegram teacher linked to it by the account's Telegram id. */
final class Teacher {

    private Teacher() {
    }

    /** Whether the account is linked to a teacher of the chat. */
    static boolean linked(ConsoleUser me, ClassroomConsole classroom) {
        return me.telegram() != null && classroom.isTeacher(me.telegram());
    }

    /** The linked teacher's Telegram id; a page of classes for an account with none is no page (404). */
    static long of(ConsoleUser me, ClassroomConsole classroom) {
        if (!linked(me, classroom)) {
            throw notFound();
        }
        return me.telegram();
    }

    /** Another teacher's class or work is answered as one that does not exist, naming nothing. */
    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** A message for the top of the next page: a text key, its values, and whether it says something went wrong. */
    record Notice(String key, Map<String, ?> values, boolean error) implements Serializable {
    }
}
