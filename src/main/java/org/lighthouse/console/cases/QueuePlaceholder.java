package org.lighthouse.console.cases;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A stand-in for the responders' queue, where the console sends responders after login, until the case pages come
 * (they replace this file and {@code templates/console/queue-placeholder.html}).
 */
@Controller
class QueuePlaceholder {

    @GetMapping("/console/queue")
    String queue() {
        return "console/queue-placeholder";
    }
}
