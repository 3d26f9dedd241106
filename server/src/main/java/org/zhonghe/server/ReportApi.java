package org.zhonghe.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.server.web.CheckInput;
import org.zhonghe.report.InputFile;
import org.zhonghe.report.MissingCjkFontException;
import org.zhonghe.report.ReportMeta;
import org.zhonghe.report.ReportRenderer;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.SerialLedger;
import org.zhonghe.GwpTable;
import org.zhonghe.store.Role;

/**
 * {@code POST /api/v1/report}: the carbon-neutrality report of an assessment sent in the body
 * (as {@code /check}: stateless, ledgers inline), as self-contained HTML or as PDF.
 */
final class ReportApi {
    /** The HTML report's policy: its own inline styles and data images, nothing fetched, no script, no framing. */
    static final String HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";
    private final AssessmentReader reader = new AssessmentReader();
    private final StoreRegistryFacts registry;

    ReportApi(StoreRegistryFacts registry) {
        this.registry = registry;
    }

    List<Route> routes() {
        return List.of(Route.post("/report", Role.VIEWER, this::report));
    }

    private void report(Context ctx) {
        String format = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format");
        if (!format.equals("html") && !format.equals("pdf")) throw new BadRequest("format '" + format + "': expected html or pdf");
        // the bodies /check takes: an assessment with inline ledgers, its envelope with CSV ledgers, or an XLSX workbook
        CheckInput input = CheckInput.isWorkbook(ctx.contentType()) ? CheckInput.workbook(ctx.bodyAsBytes())
                : Bodies.syntax(ctx) == org.zhonghe.io.Syntax.JSON ? CheckInput.envelope(ctx.body()).orElse(null) : null;
        var read = input == null ? reader.read(ctx.body(), "body", Bodies.syntax(ctx), false) : input.read(reader);
        ClaimCheck check = new ClaimCheck(new ClaimEvaluator(GwpTable.bundled(), SerialLedger.NONE, registry.of(read)));
        Outcome o = check.run(read, Bodies.overrides(ctx));
        if (o instanceof Outcome.Invalid bad) {
            ProblemJson.invalid(ctx, bad.problems());
            return;
        }
        Outcome.Checked ok = (Outcome.Checked) o;
        Locale locale = Lang.of(ctx);
        String hash = ReportMeta.sha256(ctx.bodyAsBytes());
        ReportMeta meta = new ReportMeta(List.of(new InputFile("body", hash)), ReportMeta.currentRulesVersion(), null);
        String name = "zhonghe-report-" + ok.assessment().entity().id().replaceAll("[^A-Za-z0-9._-]", "_");
        if (format.equals("html")) {
            // the report is self-contained (inline CSS and SVG, no script): nothing else may load or run
            ctx.header("Content-Security-Policy", HTML_CSP)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".html\"")
                    .contentType("text/html; charset=utf-8")
                    .result(ReportRenderer.html(ok.assessment(), ok.result(), meta, locale).getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"")
                    .contentType("application/pdf").result(ReportRenderer.pdf(ok.assessment(), ok.result(), meta, locale));
        } catch (MissingCjkFontException e) {
            throw new HttpResponseException(503, e.getMessage());
        }
    }
}
