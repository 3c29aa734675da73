package org.lighthouse.console.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.web.SpreadsheetCells;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for admins: newest first, filtered by login and case, a page at a time, or all of it as CSV. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    AuditController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/console/admin/audit")
    String page(@RequestParam(defaultValue = "") String login, @RequestParam(name = "case", defaultValue = "")
            String caseId, @RequestParam(defaultValue = "0") int page, Model model) {
        int from = Math.max(page, 0) * PAGE_SIZE;
        List<AuditEntry> entries = mongo.find(filter(login, caseId).skip(from).limit(PAGE_SIZE + 1),
                AuditEntry.class);
        model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), PAGE_SIZE)));
        model.addAttribute("login", login.strip());
        model.addAttribute("caseId", caseId.strip());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("older", entries.size() > PAGE_SIZE);
        return "console/admin/audit";
    }

    /**
     * The same entries as a CSV file for a spreadsheet: UTF-8 with a byte order mark (so Vietnamese shows), and no
     * cell a spreadsheet would run as a formula.
     */
    @GetMapping("/console/admin/audit.csv")
    void csv(@RequestParam(defaultValue = "") String login, @RequestParam(name = "case", defaultValue = "")
            String caseId, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"lighthouse-audit.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("at", "who", "case", "action", "detail").get()
                .print(out)) {
            try (var entries = mongo.stream(filter(login, caseId), AuditEntry.class)) {
                for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                    csv.printRecord(entry.at(), cell(entry.who()), cell(entry.caseId()), cell(entry.action()),
                            cell(entry.detail()));
                }
            }
        }
    }

    static String cell(@Nullable String value) {
        return SpreadsheetCells.safe(value);
    }

    private static Query filter(String login, String caseId) {
        Query query = new Query().with(NEWEST_FIRST);
        if (!login.isBlank()) {
            query.addCriteria(Criteria.where("who").is(login.strip().toLowerCase(java.util.Locale.ROOT)));
        }
        if (!caseId.isBlank()) {
            query.addCriteria(Criteria.where("caseId").is(caseId.strip()));
        }
        return query;
    }
}
