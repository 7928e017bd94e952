package no.framdrift.ingest;

import no.framdrift.domain.Message;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON-stat files: 2.0 datasets, 2.0 collections with embedded datasets, and 1.0 bundles
 * (an object of named datasets, as Statistics Norway's API answers). A focused Jackson-tree
 * reader; docs/decisions/0004-json-stat-reader.md says why not json-stat-java.
 * Missing values stay null and every cell keeps its status symbol (".", ":", ".." …).
 */
public final class JsonStatFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A guard against a dataset whose sizes multiply to more cells than anyone imports. */
    static final long MAX_CELLS = 2_000_000L;

    private JsonStatFiles() {
    }

    /** Every dataset in the file, flattened to one row per cell. */
    public static List<JsonStatTable> read(Path file) throws FileProblem {
        JsonNode root;
        try {
            if (Files.size(file) == 0) {
                throw new FileProblem(0, null, null, Message.of("problem.file.empty"));
            }
            root = MAPPER.readTree(file.toFile());
        } catch (NoSuchFileException e) {
            throw new FileProblem(0, null, null, Message.of("problem.file.notFound"), e);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            // no cause: Jackson's message quotes the file's text
            throw new FileProblem(Math.max(0, line), null, null, Message.of("problem.json.invalid"));
        } catch (IOException e) {
            throw new FileProblem(0, null, null, Message.of("problem.file.unreadable", e.getClass().getSimpleName()), e);
        }
        if (root == null || root.isMissingNode() || root.isEmpty()) {
            throw new FileProblem(0, null, null, Message.of("problem.file.empty"));
        }
        if (!root.isObject()) {
            throw new FileProblem(0, null, null, Message.of("problem.jsonStat.notObject"));
        }
        List<JsonStatTable> tables = new ArrayList<>();
        String cls = root.path("class").asText("");
        if (cls.equals("dataset") || (cls.isEmpty() && root.has("dimension") && root.has("value"))) {
            tables.add(dataset(root, null));
        } else if (cls.equals("collection") || cls.equals("bundle")) {
            collection(root, tables);
        } else if (cls.isEmpty()) {
            // 1.0 bundle: every member that is an object with a dimension is a dataset
            Iterator<Map.Entry<String, JsonNode>> it = root.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isObject() && e.getValue().has("dimension")) {
                    tables.add(dataset(e.getValue(), e.getKey()));
                }
            }
        } else {
            throw new FileProblem(0, null, cls, Message.of("problem.jsonStat.class", cls));
        }
        if (tables.isEmpty()) {
            throw new FileProblem(0, null, null, Message.of("problem.jsonStat.noDatasets"));
        }
        return List.copyOf(tables);
    }

    private static void collection(JsonNode root, List<JsonStatTable> tables) throws FileProblem {
        List<String> linked = new ArrayList<>();
        for (JsonNode item : root.path("link").path("item")) {
            if (item.has("dimension") && item.has("value")) {
                tables.add(dataset(item, null));
            } else {
                linked.add("«" + item.path("label").asText(item.path("href").asText("uten navn")) + "»");
            }
        }
        if (tables.isEmpty()) {
            throw new FileProblem(0, null, null, Message.of("problem.jsonStat.collection", String.join(", ", linked)));
        }
    }

    /** A dataset (2.0 or 1.0) flattened, the last dimension varying fastest. */
    static JsonStatTable dataset(JsonNode ds, String name) throws FileProblem {
        String label = ds.path("label").asText(name == null ? "" : name);
        JsonNode dims = ds.path("dimension");
        JsonNode ids = ds.has("id") ? ds.get("id") : dims.path("id");
        JsonNode sizes = ds.has("size") ? ds.get("size") : dims.path("size");
        if (!ids.isArray() || !sizes.isArray() || ids.size() != sizes.size()) {
            throw problem(label, Message.of("problem.jsonStat.idSize"));
        }
        int n = ids.size();
        // the cell count from "size" alone, before anything is allocated (issue 18: a 227-byte file
        // with size [1e9, 1] took 4 GB before it was refused)
        long planned = 1;
        for (int d = 0; d < n; d++) {
            JsonNode sz = sizes.get(d);
            double size = sz.isNumber() ? sz.asDouble() : -1;
            if (!(size >= 0) || size != Math.rint(size)) {
                throw problem(label, Message.of("problem.jsonStat.badSize", ids.get(d).asText()));
            }
            if (size > MAX_CELLS || (planned *= (long) size) > MAX_CELLS) {
                throw problem(label, Message.of("problem.jsonStat.tooManyCellsPlanned",
                        String.format(java.util.Locale.ROOT, "%,d", MAX_CELLS).replace(',', ' ')));
            }
        }
        List<String> dimIds = new ArrayList<>(n);
        List<String> dimLabels = new ArrayList<>(n);
        String[][] codes = new String[n][];
        String[][] labels = new String[n][];
        long total = 1;
        for (int d = 0; d < n; d++) {
            String id = ids.get(d).asText();
            JsonNode dim = dims.path(id);
            if (!dim.isObject()) {
                throw problem(label, Message.of("problem.jsonStat.undescribed", id));
            }
            int size = sizes.get(d).asInt(-1);
            if (size < 0) {
                throw problem(label, Message.of("problem.jsonStat.badSize", id));
            }
            dimIds.add(id);
            dimLabels.add(dim.path("label").asText(id));
            codes[d] = categoryCodes(dim.path("category"), size, id, label);
            labels[d] = new String[size];
            JsonNode catLabels = dim.path("category").path("label");
            for (int i = 0; i < size; i++) {
                labels[d][i] = catLabels.path(codes[d][i]).asText(codes[d][i]);
            }
            total *= size;
            if (total > MAX_CELLS) {
                throw problem(label, Message.of("problem.jsonStat.tooManyCells",
                        String.format(java.util.Locale.ROOT, "%,d", MAX_CELLS).replace(',', ' ')));
            }
        }
        int cells = (int) total;
        Values v = values(ds.path("value"), cells, label);
        Double[] values = v.numbers();
        String[] status = status(ds.path("status"), cells, label);
        if (v.texts() != null) {
            for (int i = 0; i < cells; i++) {
                // a value given as text (".." in some producers) is a missing value with that symbol
                if (status[i] == null && v.texts()[i] != null) {
                    status[i] = v.texts()[i];
                }
            }
        }
        List<JsonStatRow> rows = new ArrayList<>(cells);
        int[] pos = new int[n];
        for (int i = 0; i < cells; i++) {
            String[] c = new String[n];
            String[] l = new String[n];
            for (int d = 0; d < n; d++) {
                c[d] = codes[d][pos[d]];
                l[d] = labels[d][pos[d]];
            }
            rows.add(new JsonStatRow(Arrays.asList(c), Arrays.asList(l), values[i], status[i]));
            for (int d = n - 1; d >= 0; d--) {
                if (++pos[d] < codes[d].length) {
                    break;
                }
                pos[d] = 0;
            }
        }
        return new JsonStatTable(label, dimIds, dimLabels, rows);
    }

    /** Category codes in index order: index as object (code → position) or array, else the labels' keys. */
    private static String[] categoryCodes(JsonNode category, int size, String dim, String label) throws FileProblem {
        String[] codes = new String[size];
        JsonNode index = category.path("index");
        if (index.isArray()) {
            if (index.size() != size) {
                throw problem(label, Message.of("problem.jsonStat.categoriesVsSize",
                        dim, String.valueOf(index.size()), String.valueOf(size)));
            }
            for (int i = 0; i < size; i++) {
                codes[i] = index.get(i).asText();
            }
        } else if (index.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = index.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                int p = e.getValue().asInt(-1);
                if (p < 0 || p >= size || codes[p] != null) {
                    throw problem(label, Message.of("problem.jsonStat.badIndex", dim));
                }
                codes[p] = e.getKey();
            }
        } else {
            // no index: allowed when the labels name the categories (typically one)
            Iterator<String> it = category.path("label").fieldNames();
            int i = 0;
            while (it.hasNext() && i < size) {
                codes[i++] = it.next();
            }
        }
        for (String c : codes) {
            if (c == null) {
                throw problem(label, Message.of("problem.jsonStat.fewerCategories", dim, String.valueOf(size)));
            }
        }
        return codes;
    }

    /** The numbers, and the texts of cells whose value was a non-numeric text (null if none). */
    private record Values(Double[] numbers, String[] texts) {
    }

    private static Values values(JsonNode value, int cells, String label) throws FileProblem {
        Double[] out = new Double[cells];
        String[] texts = null;
        if (value.isArray()) {
            if (value.size() != cells) {
                throw problem(label, Message.of("problem.jsonStat.valuesVsCells",
                        String.valueOf(value.size()), String.valueOf(cells)));
            }
            for (int i = 0; i < cells; i++) {
                JsonNode v = value.get(i);
                out[i] = number(v);
                if (out[i] == null && v.isTextual()) {
                    texts = texts == null ? new String[cells] : texts;
                    texts[i] = v.asText();
                }
            }
        } else if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = value.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                int i = index(e.getKey(), cells, label);
                out[i] = number(e.getValue());
                if (out[i] == null && e.getValue().isTextual()) {
                    texts = texts == null ? new String[cells] : texts;
                    texts[i] = e.getValue().asText();
                }
            }
        } else if (!value.isMissingNode() && !value.isNull()) {
            throw problem(label, Message.of("problem.jsonStat.valueShape"));
        }
        return new Values(out, texts);
    }

    private static Double number(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.getNodeType() == JsonNodeType.STRING) {
            try {
                return new BigDecimal(v.asText().strip()).doubleValue();
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String[] status(JsonNode status, int cells, String label) throws FileProblem {
        String[] out = new String[cells];
        if (status.isTextual()) {
            Arrays.fill(out, status.asText());
        } else if (status.isArray()) {
            if (status.size() == 1 && cells > 1) {
                Arrays.fill(out, text(status.get(0)));
            } else {
                for (int i = 0; i < Math.min(cells, status.size()); i++) {
                    out[i] = text(status.get(i));
                }
            }
        } else if (status.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = status.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out[index(e.getKey(), cells, label)] = text(e.getValue());
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static int index(String key, int cells, String label) throws FileProblem {
        try {
            int i = Integer.parseInt(key);
            if (i >= 0 && i < cells) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(label, Message.of("problem.jsonStat.badCellIndex", key));
    }

    private static FileProblem problem(String dataset, Message reason) {
        return new FileProblem(0, null, null, Message.of("problem.jsonStat.dataset", dataset, reason));
    }

    /** The table as rows: per dimension its code and its label ("_tekst"), then "verdi" and "status". */
    public static TabularSource asTabular(JsonStatTable t) {
        return new JsonStatSource(t, 0);
    }

    /** As {@link #asTabular(JsonStatTable)}, with the file's size spread over the rows for a progress bar. */
    public static TabularSource asTabular(JsonStatTable t, long fileBytes) {
        return new JsonStatSource(t, fileBytes);
    }
}
