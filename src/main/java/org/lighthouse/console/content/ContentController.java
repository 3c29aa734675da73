package org.lighthouse.console.content;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.lighthouse.console.web.CsvDownload;
import org.lighthouse.content.ContentReviews;
import org.lighthouse.content.ContentStatus;
import org.lighthouse.content.ContentStatus.DraftText;
import org.lighthouse.shared.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The content's state for admins: per language what {@code content-check} prints, and the texts awaiting a native
 * speaker's review, on the page or as CSV, for one language or all.
 */
@Controller
class ContentController {

    private final ContentReviews reviews;

    ContentController(ContentReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/console/admin/content")
    String page(@RequestParam(defaultValue = "") String locale, Model model) {
        Optional<Language> only = Language.ofCode(locale);
        ContentStatus status = reviews.status();
        model.addAttribute("status", status);
        model.addAttribute("totals", Map.of("lessons", status.lessons(), "series", status.series(), "questions",
                status.questions(), "pictured", status.pictured()));
        model.addAttribute("languages", Language.values());
        model.addAttribute("locale", only.map(Language::code).orElse(""));
        model.addAttribute("drafts", drafts(only));
        return "console/admin/content";
    }

    /** The texts awaiting review as CSV. */
    @GetMapping("/console/admin/content/review.csv")
    void csv(@RequestParam(defaultValue = "") String locale, HttpServletResponse response) throws IOException {
        Optional<Language> only = Language.ofCode(locale);
        try (CSVPrinter csv = CsvDownload.start(response, "lighthouse-review-" + only.map(Language::code).orElse("all")
                + ".csv", "lesson", "lesson title", "field", "locale", "status", "text")) {
            for (DraftText draft : drafts(only)) {
                csv.printRecord(draft.lesson(), CsvDownload.cell(draft.lessonTitle()), draft.field(),
                        draft.language().code(), "draft", CsvDownload.cell(draft.text()));
            }
        }
    }

    private List<DraftText> drafts(Optional<Language> only) {
        return reviews.status().awaitingReview().stream().filter(d -> only.map(l -> l == d.language()).orElse(true))
                .toList();
    }
}
