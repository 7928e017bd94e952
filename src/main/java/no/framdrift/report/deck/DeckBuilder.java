package no.framdrift.report.deck;

import static no.framdrift.report.deck.SlideText.ACCENT;
import static no.framdrift.report.deck.SlideText.MUTED;
import static no.framdrift.report.deck.SlideText.TEXT;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.FutureIndicator;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.GoalKind;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.Status;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.map.MapExporter;

/**
 * Writes the report deck as the seed lays it out: title slide, overview of the goal areas with
 * their indicators coloured by status, detail tables for the overarching and the strategic goals,
 * the proposed future indicators, then one slide per indicator with its native, editable chart.
 * Tables are split across slides by an estimate of their height, so nothing runs off a slide.
 */
public final class DeckBuilder {

    /** 16:9 in points (13,33 × 7,5 in), PowerPoint's widescreen default. */
    public static final int WIDTH = 960;
    public static final int HEIGHT = 540;

    static final String LEGEND = "Klar = Rapporteres på / tilgjengelig datagrunnlag  "
            + "Under arbeid = Mangler siste avklaringer / data";
    static final String DETAIL_LEGEND = "Klar = Rapporteres på allerede / tilgjengelig datagrunnlag  "
            + "Under arbeid = Mangler siste avklaringer / data  Avvent = Avventer avklaring";
    static final String FUTURE_NOTE = "Denne oversikten viser forslag til indikatorer som kan være relevante og mulig "
            + "å måle frem i tid, men som må defineres tydeligere, krever ressurser for å utvikle eller hvor vi per i "
            + "dag mangler tilgang til data.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final double MARGIN = 30;
    private static final double TABLE_TOP = 70;
    private static final double TABLE_BOTTOM = 478;
    private static final double CELL_FONT = 10;

    /** A chart placed on a slide, so the PDF can draw it where the native chart sits. */
    record Placement(int slideIndex, Rectangle2D area, ChartSpec spec) {
    }

    /** The built deck and where its charts are. */
    record Built(XMLSlideShow slideShow, List<Placement> charts) {
    }

    /** Writes the deck as .pptx. */
    public void writePptx(DeckModel model, OutputStream out) throws IOException {
        writePptx(model, out, DeckProgress.NONE);
    }

    /** Writes the deck as .pptx, telling {@code progress} of each indicator slide drawn. */
    public void writePptx(DeckModel model, OutputStream out, DeckProgress progress) throws IOException {
        try (XMLSlideShow deck = build(model, progress).slideShow()) {
            deck.write(out);
        }
    }

    /** Writes the deck as PDF: the same slides, with the charts drawn as vector graphics. */
    public void writePdf(DeckModel model, OutputStream out) throws IOException {
        writePdf(model, out, DeckProgress.NONE);
    }

    /** Writes the deck as PDF, telling {@code progress} of each indicator slide drawn. */
    public void writePdf(DeckModel model, OutputStream out, DeckProgress progress) throws IOException {
        Built built = build(model, progress);
        try {
            out.write(new DeckPdf().render(built));
        } finally {
            built.slideShow().close();
        }
    }

    Built build(DeckModel model) {
        return build(model, DeckProgress.NONE);
    }

    Built build(DeckModel model, DeckProgress progress) {
        XMLSlideShow deck = new XMLSlideShow();
        deck.setPageSize(new Dimension(WIDTH, HEIGHT));
        List<Placement> charts = new ArrayList<>();
        Catalogue catalogue = model.catalogue();

        titleSlide(deck, model);
        overview(deck, model);
        List<Row> overarching = new ArrayList<>();
        for (GoalArea goal : goals(catalogue, GoalKind.OVERARCHING)) {
            catalogue.topLevelIn(goal.code()).forEach(i -> overarching.add(Row.of(i)));
        }
        detailTables(deck, model, "Detaljering av indikatorer: Overordnede mål", overarching);
        List<Row> strategic = new ArrayList<>();
        for (GoalArea goal : goals(catalogue, GoalKind.STRATEGIC)) {
            List<Indicator> inGoal = catalogue.topLevelIn(goal.code());
            if (!inGoal.isEmpty()) {
                strategic.add(Row.group(goal.title()));
                inGoal.forEach(i -> strategic.add(Row.of(i)));
            }
        }
        detailTables(deck, model, "Detaljering av indikatorer: Strategiske mål", strategic);
        futureIndicators(deck, model);
        List<IndicatorPage> pages = model.pages();
        int total = pages.size();
        try (MapPictures pictures = MapPictures.start(model.maps())) {
            for (int i = 0; i < pages.size(); i++) {
                IndicatorPage page = pages.get(i);
                String name = page.heading() != null ? page.heading() : catalogue.indicator(page.indicatorCode())
                        .map(Indicator::name).orElse(page.indicatorCode());
                progress.step(i, total, "Lysbilde " + (deck.getSlides().size() + 1) + ": " + name);
                indicatorSlide(deck, model, page, charts);
                boolean lastOfIndicator = i == pages.size() - 1
                        || !pages.get(i + 1).indicatorCode().equals(page.indicatorCode());
                if (lastOfIndicator) {
                    for (MapPage mp : model.maps()) {
                        if (mp.indicatorCode().equals(page.indicatorCode())) {
                            mapSlide(deck, model, mp, pictures.png(mp));
                        }
                    }
                }
            }
        }
        progress.step(total, total, "Skriver filen …");
        return new Built(deck, charts);
    }

    /**
     * The map pictures, drawn on threads of their own from the start of the indicator slides, in
     * the order the slides need them, while this thread builds the slides (issue 16: each map is a
     * 2400 × 1350 picture drawn and PNG-encoded, a large part of the deck's work, and independent of
     * the slides). Each picture is the same as drawing it on this thread: {@link MapExporter#png} of the
     * map at {@link #MAP_SIZE}. Closing stops the pictures not yet begun (a cancelled export).
     */
    private static final class MapPictures implements AutoCloseable {
        private final java.util.concurrent.ExecutorService pool;
        private final Map<MapPage, java.util.concurrent.Future<byte[]>> pending = new java.util.IdentityHashMap<>();

        private MapPictures(java.util.concurrent.ExecutorService pool) {
            this.pool = pool;
        }

        static MapPictures start(List<MapPage> maps) {
            if (maps.isEmpty()) {
                return new MapPictures(null);
            }
            int threads = Math.max(1, Math.min(maps.size(), Runtime.getRuntime().availableProcessors()));
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "framdrift-deck-map-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            MapPictures pictures = new MapPictures(pool);
            for (MapPage page : maps) {
                pictures.pending.put(page, pool.submit(() -> new MapExporter().png(page.map(), MAP_SIZE)));
            }
            return pictures;
        }

        /** The map's PNG; waits for it when it is still being drawn. */
        byte[] png(MapPage page) {
            java.util.concurrent.Future<byte[]> f = pending.get(page);
            if (f == null) {
                return new MapExporter().png(page.map(), MAP_SIZE);
            }
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("avbrutt mens kartet ble tegnet");
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static List<GoalArea> goals(Catalogue catalogue, GoalKind kind) {
        return catalogue.goals().stream().filter(g -> g.kind() == kind).toList();
    }

    // ---------------------------------------------------------------- title and overview

    private void titleSlide(XMLSlideShow deck, DeckModel model) {
        XSLFSlide slide = deck.createSlide();
        XSLFAutoShape band = slide.createAutoShape();
        band.setShapeType(ShapeType.RECT);
        band.setAnchor(new Rectangle2D.Double(0, 0, 18, HEIGHT));
        band.setFillColor(ACCENT);
        band.setLineColor(null);
        SlideText.text(slide, new Rectangle2D.Double(70, 170, 820, 70), model.title(), 36, true, ACCENT);
        SlideText.text(slide, new Rectangle2D.Double(70, 245, 820, 40),
                "Nasjonale e-helseindikatorer – framdrift mot 2030", 20, false, TEXT);
        String dateLine = DATE.format(model.date()) + (model.version().isBlank() ? "" : "   " + model.version());
        SlideText.text(slide, new Rectangle2D.Double(70, 300, 820, 30), dateLine, 16, false, MUTED);
    }

    private void overview(XMLSlideShow deck, DeckModel model) {
        XSLFSlide slide = deck.createSlide();
        Catalogue catalogue = model.catalogue();
        SlideText.text(slide, new Rectangle2D.Double(MARGIN, 14, 700, 40), "Oversikt over indikatorer", 24, true, ACCENT);
        List<GoalArea> top = goals(catalogue, GoalKind.OVERARCHING);
        List<GoalArea> bottom = goals(catalogue, GoalKind.STRATEGIC);
        goalRow(slide, catalogue, top, 62, 180, new Color(0xE8, 0xEF, 0xF6));
        goalRow(slide, catalogue, bottom, 252, 222, new Color(0xF2, 0xF2, 0xF2));
        XSLFTextBox legend = SlideText.box(slide, new Rectangle2D.Double(MARGIN, 480, 900, 22));
        legendParagraph(legend, LEGEND, 10);
        footer(slide, model, deck.getSlides().size());
    }

    private void goalRow(XSLFSlide slide, Catalogue catalogue, List<GoalArea> goals, double y, double h, Color fill) {
        if (goals.isEmpty()) {
            return;
        }
        double gap = 10;
        double w = (WIDTH - 2 * MARGIN - gap * (goals.size() - 1)) / goals.size();
        // One font size for the whole row, the largest at which every box fits, so the boxes read as a set.
        double size = 13;
        for (GoalArea goal : goals) {
            StringBuilder all = new StringBuilder(goal.title()).append('\n');
            catalogue.topLevelIn(goal.code()).forEach(ind -> all.append("• ").append(ind.name()).append('\n'));
            size = Math.min(size, SlideText.fit(all.toString().strip(), w - 16, h - 12, 13, 8, true));
        }
        for (int i = 0; i < goals.size(); i++) {
            GoalArea goal = goals.get(i);
            Rectangle2D r = new Rectangle2D.Double(MARGIN + i * (w + gap), y, w, h);
            XSLFAutoShape box = slide.createAutoShape();
            box.setShapeType(ShapeType.ROUND_RECT);
            box.setAnchor(r);
            box.setFillColor(fill);
            box.setLineColor(null);
            box.setInsets(new Insets2D(6, 8, 6, 8));
            box.setVerticalAlignment(VerticalAlignment.TOP);
            box.setWordWrap(true);
            box.clearText();
            List<Indicator> indicators = catalogue.topLevelIn(goal.code());
            SlideText.paragraph(box, goal.title(), size + 0.5, true, ACCENT).setSpaceAfter(4.0);
            for (Indicator ind : indicators) {
                XSLFTextParagraph p = SlideText.paragraph(box, "• " + ind.name(), size, false, statusColour(ind.status()));
                p.setSpaceAfter(2.0);
            }
        }
    }

    private static void legendParagraph(XSLFTextBox box, String legend, double size) {
        XSLFTextParagraph p = box.addNewTextParagraph();
        // Each "Status = meaning" pair is coloured like the status it explains.
        String[] parts = legend.split("  ");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            Status status = part.startsWith("Klar") ? Status.KLAR
                    : part.startsWith("Under arbeid") ? Status.UNDER_ARBEID : Status.AVVENT;
            int eq = part.indexOf('=');
            SlideText.run(p, part.substring(0, eq), size, true, statusColour(status));
            SlideText.run(p, part.substring(eq) + (i < parts.length - 1 ? "  " : ""), size, false, TEXT);
        }
    }

    static Color statusColour(Status status) {
        if (status == null) {
            return MUTED;
        }
        return switch (status) {
            case KLAR -> new Color(0x00, 0x6B, 0x4E);
            case UNDER_ARBEID -> new Color(0xB0, 0x52, 0x00);
            case AVVENT -> new Color(0x6E, 0x6E, 0x6E);
        };
    }

    private static Color statusFill(Status status) {
        if (status == null) {
            return Color.WHITE;
        }
        return switch (status) {
            case KLAR -> new Color(0xD4, 0xEE, 0xE4);
            case UNDER_ARBEID -> new Color(0xFB, 0xE3, 0xC8);
            case AVVENT -> new Color(0xE6, 0xE6, 0xE6);
        };
    }

    static String statusText(Status status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case KLAR -> "Klar";
            case UNDER_ARBEID -> "Under arbeid";
            case AVVENT -> "Avvent";
        };
    }

    /**
     * The update frequency as the steward set it, and what the chart shows when that differs
     * ("Kvartalsvis oppdatering · vist per år").
     */
    static String frequencyText(Frequency frequency, ChartSpec chart) {
        String text = frequencyText(frequency);
        if (chart == null || frequency == null) {
            return text;
        }
        List<no.framdrift.domain.Period> shown = chartPeriods(chart);
        if (shown.isEmpty()) {
            return text;
        }
        no.framdrift.domain.Period.Granularity g = shown.get(shown.size() - 1).granularity();
        boolean same = switch (frequency) {
            case LOPENDE -> g == no.framdrift.domain.Period.Granularity.MONTH;
            case KVARTALSVIS -> g == no.framdrift.domain.Period.Granularity.QUARTER;
            case ARLIG -> g == no.framdrift.domain.Period.Granularity.YEAR;
        };
        if (same) {
            return text;
        }
        return text + " · vist per " + switch (g) {
            case MONTH -> "måned";
            case QUARTER -> "kvartal";
            case HALF_YEAR -> "halvår";
            case YEAR -> "år";
        };
    }

    static String frequencyText(Frequency frequency) {
        if (frequency == null) {
            return "";
        }
        return switch (frequency) {
            case LOPENDE -> "Løpende oppdatering";
            case KVARTALSVIS -> "Kvartalsvis oppdatering";
            case ARLIG -> "Årlig oppdatering";
        };
    }

    // ---------------------------------------------------------------- detail tables

    /** A table row: an indicator, or a goal heading spanning the table. */
    record Row(String group, String name, String measures, String source, Status status) {
        static Row of(Indicator i) {
            return new Row(null, i.name(), i.measures(), String.join(", ", i.sources()), i.status());
        }

        static Row group(String title) {
            return new Row(title, null, null, null, null);
        }

        boolean isGroup() {
            return group != null;
        }
    }

    private static final double[] DETAIL_COLUMNS = {190, 450, 160, 100};

    private void detailTables(XMLSlideShow deck, DeckModel model, String title, List<Row> rows) {
        List<List<Row>> pages = paginate(rows, DETAIL_COLUMNS, r -> r.isGroup()
                ? new String[]{r.group()} : new String[]{r.name(), r.measures(), r.source(), statusText(r.status())});
        for (int p = 0; p < pages.size(); p++) {
            XSLFSlide slide = deck.createSlide();
            String heading = title + (pages.size() > 1 ? " (" + (p + 1) + "/" + pages.size() + ")" : "");
            SlideText.text(slide, new Rectangle2D.Double(MARGIN, 14, 900, 40), heading, 22, true, ACCENT);
            XSLFTable table = slide.createTable();
            headerRow(table, new String[]{"Indikator", "Hva måler indikatoren?", "Kilde", "Status"});
            for (Row r : pages.get(p)) {
                XSLFTableRow row = table.addRow();
                if (r.isGroup()) {
                    XSLFTableCell c = cell(row, r.group(), true, ACCENT, new Color(0xE8, 0xEF, 0xF6));
                    for (int i = 1; i < DETAIL_COLUMNS.length; i++) {
                        cell(row, "", false, TEXT, new Color(0xE8, 0xEF, 0xF6));
                    }
                    row.setHeight(CELL_FONT * 1.22 + 8);
                    c.setVerticalAlignment(VerticalAlignment.MIDDLE);
                } else {
                    cell(row, r.name(), true, TEXT, Color.WHITE);
                    cell(row, r.measures(), false, TEXT, Color.WHITE);
                    cell(row, r.source(), false, TEXT, Color.WHITE);
                    cell(row, statusText(r.status()), true, statusColour(r.status()), statusFill(r.status()));
                    row.setHeight(rowHeight(new String[]{r.name(), r.measures(), r.source(), statusText(r.status())},
                            DETAIL_COLUMNS));
                }
            }
            finishTable(table, DETAIL_COLUMNS);
            int groupRow = 1;
            for (Row r : pages.get(p)) {
                if (r.isGroup()) {
                    table.mergeCells(groupRow, groupRow, 0, DETAIL_COLUMNS.length - 1);
                }
                groupRow++;
            }
            XSLFTextBox legend = SlideText.box(slide, new Rectangle2D.Double(MARGIN, 484, 900, 20));
            legendParagraph(legend, DETAIL_LEGEND, 9);
            footer(slide, model, deck.getSlides().size());
        }
    }

    interface Cells {
        String[] of(Row r);
    }

    /** Splits rows into slides by estimated height; a goal heading never ends a slide. */
    private static List<List<Row>> paginate(List<Row> rows, double[] columns, Cells cells) {
        List<List<Row>> pages = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        double header = CELL_FONT * 1.22 + 10;
        double used = header;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double h = r.isGroup() ? CELL_FONT * 1.22 + 8 : rowHeight(cells.of(r), columns);
            double need = h;
            if (r.isGroup() && i + 1 < rows.size()) {
                need += rowHeight(cells.of(rows.get(i + 1)), columns);
            }
            if (!current.isEmpty() && used + need > TABLE_BOTTOM - TABLE_TOP) {
                pages.add(current);
                current = new ArrayList<>();
                used = header;
            }
            current.add(r);
            used += h;
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    private static double rowHeight(String[] texts, double[] columns) {
        double h = 0;
        for (int i = 0; i < texts.length && i < columns.length; i++) {
            h = Math.max(h, SlideText.height(texts[i], columns[i] - 8, CELL_FONT));
        }
        return h + 6;
    }

    private static void headerRow(XSLFTable table, String[] titles) {
        XSLFTableRow row = table.addRow();
        for (String t : titles) {
            cell(row, t, true, Color.WHITE, ACCENT);
        }
        row.setHeight(CELL_FONT * 1.22 + 10);
    }

    private static XSLFTableCell cell(XSLFTableRow row, String text, boolean bold, Color colour, Color fill) {
        XSLFTableCell c = row.addCell();
        c.clearText();
        String[] paragraphs = (text == null ? "" : text).split("\n");
        for (String para : paragraphs) {
            SlideText.paragraph(c, para, CELL_FONT, bold, colour);
        }
        c.setFillColor(fill);
        c.setInsets(new Insets2D(3, 4, 3, 4));
        c.setVerticalAlignment(VerticalAlignment.TOP);
        c.setWordWrap(true);
        for (BorderEdge e : BorderEdge.values()) {
            c.setBorderColor(e, new Color(0xBF, 0xBF, 0xBF));
            c.setBorderWidth(e, 0.75);
        }
        return c;
    }

    private static void finishTable(XSLFTable table, double[] columns) {
        double total = 0;
        for (int i = 0; i < columns.length; i++) {
            table.setColumnWidth(i, columns[i]);
            total += columns[i];
        }
        double height = 0;
        for (XSLFTableRow r : table.getRows()) {
            height += r.getHeight();
        }
        table.setAnchor(new Rectangle2D.Double(MARGIN, TABLE_TOP - 10, total, height));
    }

    // ---------------------------------------------------------------- future indicators

    private static final double[] FUTURE_COLUMNS = {190, 230, 480};

    private void futureIndicators(XMLSlideShow deck, DeckModel model) {
        Catalogue catalogue = model.catalogue();
        Map<String, List<FutureIndicator>> byGoal = new LinkedHashMap<>();
        for (FutureIndicator f : catalogue.futureIndicators()) {
            byGoal.computeIfAbsent(f.goal(), g -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<FutureIndicator>> e : byGoal.entrySet()) {
            String goal = catalogue.goal(e.getKey()).map(GoalArea::title).orElse(e.getKey());
            boolean first = true;
            for (FutureIndicator f : e.getValue()) {
                rows.add(new Row(null, first ? goal : "", f.name(), f.description(), null));
                first = false;
            }
        }
        List<List<Row>> pages = paginate(rows, FUTURE_COLUMNS, r -> new String[]{r.name(), r.measures(), r.source()});
        for (int p = 0; p < pages.size(); p++) {
            XSLFSlide slide = deck.createSlide();
            String heading = "Foreslåtte fremtidige indikatorer" + (pages.size() > 1 ? " (" + (p + 1) + "/" + pages.size()
                    + ")" : "");
            SlideText.text(slide, new Rectangle2D.Double(MARGIN, 14, 900, 40), heading, 22, true, ACCENT);
            XSLFTable table = slide.createTable();
            headerRow(table, new String[]{"Mål", "Fremtidig indikator", "Beskrivelse"});
            for (Row r : pages.get(p)) {
                XSLFTableRow row = table.addRow();
                cell(row, r.name(), true, ACCENT, new Color(0xE8, 0xEF, 0xF6));
                cell(row, r.measures(), true, TEXT, Color.WHITE);
                cell(row, r.source(), false, TEXT, Color.WHITE);
                row.setHeight(rowHeight(new String[]{r.name(), r.measures(), r.source()}, FUTURE_COLUMNS));
            }
            finishTable(table, FUTURE_COLUMNS);
            SlideText.text(slide, new Rectangle2D.Double(MARGIN, 482, 900, 26), FUTURE_NOTE, 9, false, MUTED);
            footer(slide, model, deck.getSlides().size());
        }
    }

    // ---------------------------------------------------------------- indicator slides

    private void indicatorSlide(XMLSlideShow deck, DeckModel model, IndicatorPage page, List<Placement> charts) {
        Indicator ind = model.catalogue().indicator(page.indicatorCode()).orElseThrow(() ->
                new IllegalArgumentException("Indikatoren " + page.indicatorCode() + " finnes ikke i katalogen."));
        XSLFSlide slide = deck.createSlide();
        String heading = page.heading() != null ? page.heading() : ind.name() + " – Om indikatoren";
        double headingSize = SlideText.fit(heading, 670, 34, 20, 13, true);
        SlideText.text(slide, new Rectangle2D.Double(MARGIN, 14, 680, 36), heading, headingSize, true, ACCENT);
        XSLFAutoShape freq = slide.createAutoShape();
        freq.setShapeType(ShapeType.ROUND_RECT);
        freq.setAnchor(new Rectangle2D.Double(715, 18, 215, 24));
        freq.setFillColor(new Color(0xE8, 0xEF, 0xF6));
        freq.setLineColor(null);
        freq.clearText();
        freq.setVerticalAlignment(VerticalAlignment.MIDDLE);
        String frequency = frequencyText(ind.frequency(), page.chart());
        double frequencySize = SlideText.fit(frequency, 200, 20, 11, 7, true); // one line in the box
        SlideText.align(SlideText.paragraph(freq, frequency, frequencySize, true, ACCENT), TextAlign.CENTER);

        // The source is printed once, under "Om indikatoren"; the notes below the chart leave it out.
        String about = (ind.about() != null ? ind.about() : ind.measures() != null ? ind.measures() : "");
        String source = ind.sources().isEmpty() ? "" : "(Kilde: " + String.join(" / ", ind.sources()) + ")";
        String aboutAll = about + (source.isEmpty() ? "" : "\n" + source);
        double aboutSize = SlideText.fit(aboutAll, 900, 62, 11, 8);
        XSLFTextBox aboutBox = SlideText.box(slide, new Rectangle2D.Double(MARGIN, 54, 900, 64));
        SlideText.paragraph(aboutBox, about, aboutSize, false, TEXT);
        if (!source.isEmpty()) {
            SlideText.paragraph(aboutBox, source, aboutSize, false, MUTED);
        }

        String period = page.assessmentPeriod() == null ? "" : " " + page.assessmentPeriod();
        String next = page.nextAssessment() == null ? "" : " (neste vurdering " + page.nextAssessment() + ")";
        XSLFTextBox assessHeading = SlideText.box(slide, new Rectangle2D.Double(MARGIN, 124, 370, 24));
        XSLFTextParagraph ah = SlideText.paragraph(assessHeading, "Vurdering" + period, 14, true, ACCENT);
        boolean hasText = page.assessmentText() != null && !page.assessmentText().isBlank();
        if (hasText && page.draft()) {
            SlideText.run(ah, " – " + DRAFT_MARK, 11, true, DRAFT);
        }
        if (!next.isEmpty()) {
            SlideText.run(ah, next, 10, false, MUTED);
        }
        String assessment = hasText ? page.assessmentText()
                : "Ingen vurdering er lagret for" + (period.isEmpty() ? " perioden" : period) + ".";
        double assessSize = SlideText.fit((page.draft() ? DRAFT_NOTE + "\n" : "") + assessment, 370, 290, 12, 8);
        XSLFTextBox assessBox = SlideText.box(slide, new Rectangle2D.Double(MARGIN, 150, 370, 296));
        if (hasText && page.draft()) {
            SlideText.paragraph(assessBox, DRAFT_NOTE, Math.max(8, assessSize - 1), false, DRAFT)
                    .getTextRuns().forEach(r -> r.setItalic(true));
        }
        for (String paragraph : assessment.split("\n\n")) {
            SlideText.paragraph(assessBox, paragraph, assessSize, false, hasText && page.draft() ? MUTED : TEXT)
                    .setSpaceAfter(4.0);
        }

        int targetYear = ind.finalAmbition().map(a -> a.year()).orElse(2030);
        XSLFTextBox progressHeading = SlideText.box(slide, new Rectangle2D.Double(420, 124, 510, 24));
        XSLFTextParagraph ph = SlideText.paragraph(progressHeading, "Framdrift mot " + targetYear, 14, true, ACCENT);
        String status = page.status() != null ? page.status() : page.chart() != null ? page.chart().status() : null;
        if (status != null && !status.isBlank()) {
            SlideText.run(ph, ": " + status, 14, true, statusWordsColour(status));
        }
        if (page.chart() != null && page.chart().markIfAny().isPresent()) {
            // the slide says it as visibly as the chart does: example data are not official figures
            XSLFTextBox mark = SlideText.text(slide, new Rectangle2D.Double(600, 100, 330, 22), page.chart().mark(), 12,
                    true, no.framdrift.report.chart.ChartPalette.SAMPLE_MARK);
            SlideText.align(mark.getTextParagraphs().get(0), TextAlign.RIGHT);
        }
        Rectangle2D chartArea = new Rectangle2D.Double(420, 150, 510, 300);
        if (page.chart() != null) {
            NativeChart.add(deck, slide, page.chart(), chartArea);
            charts.add(new Placement(deck.getSlides().size() - 1, chartArea, page.chart()));
        } else {
            SlideText.text(slide, chartArea, "Ingen data for indikatoren ennå.", 12, false, MUTED);
        }

        SlideText.text(slide, new Rectangle2D.Double(MARGIN, 452, 370, 24), ambitionText(ind, page.chart()), 13, true,
                TEXT);
        List<String> notes = new ArrayList<>();
        if (page.chart() != null) {
            notes.addAll(page.chart().footnotes());
        }
        baselineNote(ind, page.chart()).filter(b -> notes.stream().noneMatch(n -> n.contains(ind.baseline().text())))
                .ifPresent(notes::add);
        if (!notes.isEmpty()) {
            String all = String.join("\n", notes);
            double size = SlideText.fit(all, 900, 34, 9, 7);
            SlideText.text(slide, new Rectangle2D.Double(MARGIN, 476, 900, 36), all, size, false, MUTED);
        }
        footer(slide, model, deck.getSlides().size());
    }

    // ---------------------------------------------------------------- map slides

    /** The map drawn at twice the slide's resolution, so it stays sharp when projected or printed. */
    private static final no.framdrift.report.chart.ExportSize MAP_SIZE = new no.framdrift.report.chart.ExportSize(1600, 900, 1.5);

    private void mapSlide(XMLSlideShow deck, DeckModel model, MapPage page, byte[] png) {
        XSLFSlide slide = deck.createSlide();
        no.framdrift.report.map.MapSpec map = page.map();
        String heading = map.title() + " – kart";
        SlideText.text(slide, new Rectangle2D.Double(MARGIN, 14, 900, 36), heading,
                SlideText.fit(heading, 900, 34, 20, 13, true), true, ACCENT);
        org.apache.poi.xslf.usermodel.XSLFPictureData data = PngPictures.add(deck, png);
        org.apache.poi.xslf.usermodel.XSLFPictureShape picture = slide.createPicture(data);
        double h = 452;
        double w = h * 16 / 9;
        picture.setAnchor(new Rectangle2D.Double((WIDTH - w) / 2, 56, w, h));
        // text alternative for screen readers, as the native charts have
        var cNvPr = ((org.openxmlformats.schemas.presentationml.x2006.main.CTPicture) picture.getXmlObject())
                .getNvPicPr().getCNvPr();
        cNvPr.setTitle(map.title());
        cNvPr.setDescr(no.framdrift.report.map.MapExporter.description(map));
        // the data as a table in the notes: area, value, interval or n
        StringBuilder notes = new StringBuilder(map.title()).append(" – ").append(map.subtitle()).append('\n');
        if (map.sampleData()) {
            notes.append(no.framdrift.report.map.MapSpec.SAMPLE_MARK).append('\n');
        }
        notes.append("Område\tVerdi\tDetaljer\n");
        for (List<String> row : map.table()) {
            notes.append(String.join("\t", row)).append('\n');
        }
        if (!map.source().isBlank()) {
            notes.append(map.source()).append('\n');
        }
        notes.append(no.framdrift.report.map.MapSpec.CREDIT);
        org.apache.poi.xslf.usermodel.XSLFNotes n = deck.getNotesSlide(slide);
        for (org.apache.poi.xslf.usermodel.XSLFTextShape shape : n.getPlaceholders()) {
            if (shape.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                shape.setText(notes.toString());
                break;
            }
        }
        footer(slide, model, deck.getSlides().size());
    }

    static final String DRAFT_MARK = "utkast";
    static final String DRAFT_NOTE = "Utkast skrevet fra tallene; ingen vurdering er lagret ennå.";
    private static final Color DRAFT = new Color(0xB0, 0x52, 0x00);

    private static Color statusWordsColour(String status) {
        return switch (status) {
            case "I rute" -> new Color(0x00, 0x6B, 0x4E);
            case "Risiko" -> new Color(0xB0, 0x52, 0x00);
            case "Ikke i rute" -> new Color(0xA0, 0x1C, 0x1C);
            default -> MUTED;
        };
    }

    /**
     * "Ambisjon: 25 % i 2026 · XX % i 2030": every ambition, read from the chart's ambition lines
     * when there is a chart (so the text says what the dashed lines show), and a count's unset
     * ambition is never written "XX i 2030" as if it were a share.
     */
    static String ambitionText(Indicator ind, ChartSpec chart) {
        List<String> parts = new ArrayList<>();
        boolean percent = ind.unit() == no.framdrift.domain.Unit.PERCENT;
        List<no.framdrift.domain.Ambition> ambitions = ind.ambitions().stream()
                .sorted(java.util.Comparator.comparingInt(no.framdrift.domain.Ambition::year)).toList();
        for (no.framdrift.domain.Ambition a : ambitions) {
            if (a.isSet()) {
                double t = a.target();
                String n = no.framdrift.domain.NorwegianFormat.number(t, t == Math.rint(t) ? 0 : 1);
                parts.add(n + (percent ? " %" : "") + " i " + a.year());
            } else {
                // the seed's "XX % i 2030" for a share; a count has no "XX" to fill in
                parts.add(percent ? "XX % i " + a.year() : "ikke satt for " + a.year());
            }
        }
        if (parts.isEmpty()) {
            return "Ambisjon: ikke satt";
        }
        return "Ambisjon: " + String.join(" · ", parts);
    }

    /**
     * The baseline's footnote, checked against the data: as written when the chart shows the
     * baseline period, else with the period the chart actually starts at.
     */
    static java.util.Optional<String> baselineNote(Indicator ind, ChartSpec chart) {
        if (ind.baseline() == null || ind.baseline().text() == null || ind.baseline().text().isBlank()) {
            return java.util.Optional.empty();
        }
        String text = "*" + ind.baseline().text();
        if (chart == null) {
            return java.util.Optional.of(text);
        }
        List<no.framdrift.domain.Period> shown = chartPeriods(chart);
        java.util.Optional<no.framdrift.domain.Period> base = no.framdrift.domain.Period.parse(ind.baseline().period());
        if (shown.isEmpty() || base.isEmpty()) {
            return java.util.Optional.of(text);
        }
        no.framdrift.domain.Period b = base.get();
        boolean inside = shown.stream().anyMatch(p -> !p.lastMonth().isBefore(b.firstMonth())
                && !p.firstMonth().isAfter(b.lastMonth()));
        if (inside) {
            return java.util.Optional.of(text);
        }
        return java.util.Optional.of(text + " Diagrammet viser " + shown.get(0).label() + "–"
                + shown.get(shown.size() - 1).label() + ", uten utgangspunktet " + b.label() + ".");
    }

    /** The periods with a drawn value (across panels), oldest first. */
    private static List<no.framdrift.domain.Period> chartPeriods(ChartSpec chart) {
        return chart.allSeries().stream().filter(s -> s.role() == no.framdrift.report.chart.SeriesRole.ACTUAL)
                .flatMap(s -> s.points().stream()).filter(p -> p.drawable().isPresent())
                .map(no.framdrift.report.chart.ChartPoint::period).distinct().sorted().toList();
    }

    // ---------------------------------------------------------------- footer

    private void footer(XSLFSlide slide, DeckModel model, int pageNumber) {
        SlideText.text(slide, new Rectangle2D.Double(MARGIN, 514, 200, 18), DATE.format(model.date()), 9, false, MUTED);
        if (!model.version().isBlank()) {
            XSLFTextBox v = SlideText.text(slide, new Rectangle2D.Double(700, 514, 170, 18), model.version(), 9, false,
                    MUTED);
            SlideText.align(v.getTextParagraphs().get(0), TextAlign.RIGHT);
        }
        XSLFTextBox n = SlideText.text(slide, new Rectangle2D.Double(880, 514, 50, 18), Integer.toString(pageNumber), 9,
                false, MUTED);
        SlideText.align(n.getTextParagraphs().get(0), TextAlign.RIGHT);
    }
}
