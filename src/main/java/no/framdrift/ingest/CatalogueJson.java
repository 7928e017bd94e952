package no.framdrift.ingest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Message;

/**
 * The catalogue as JSON ({@code sample-data/catalogue.json}, and the steward's export/import).
 * Records are read through their canonical constructors; only record components are written.
 */
public final class CatalogueJson {

    /**
     * Made on first use: every workspace holds a CatalogueJson (for the steward's catalogue import
     * and export), but most starts never read or write JSON, and Jackson's first mapper in a JVM
     * costs ~16 ms of each command's start (issue 16).
     */
    private ObjectMapper mapper;

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper()
                    .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                    .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                    .setSerializationInclusion(JsonInclude.Include.ALWAYS)
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .enable(SerializationFeature.INDENT_OUTPUT);
        }
        return mapper;
    }

    /** The key catalogue files written before time aggregation had all four kinds. */
    static final String OLD_TIME_AGGREGATION_KEY = "quarterAggregation";

    public Catalogue read(InputStream in) throws CatalogueFormatException {
        try {
            byte[] bytes = in.readAllBytes();
            Catalogue c = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains(OLD_TIME_AGGREGATION_KEY)
                    ? mapper().treeToValue(renamedOldKeys(mapper().readTree(bytes)), Catalogue.class)
                    : mapper().readValue(bytes, Catalogue.class);
            if (c == null) {
                throw new CatalogueFormatException(Message.of("catalogue.error.empty"), null);
            }
            return c;
        } catch (JsonProcessingException e) {
            // the same words as a profile's JSON problems: the field, the line and column, what to check
            throw new CatalogueFormatException(Message.of("catalogue.error.unreadable", ImportProfiles.describe(e)), e);
        } catch (IOException e) {
            throw new CatalogueFormatException(Message.of("catalogue.error.io", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * An older file's {@code quarterAggregation} (ratio of sums or mean of months) is the same
     * setting as {@code timeAggregation}; a count's ratio of sums was its sum.
     */
    private static com.fasterxml.jackson.databind.JsonNode renamedOldKeys(com.fasterxml.jackson.databind.JsonNode tree) {
        com.fasterxml.jackson.databind.JsonNode indicators = tree == null ? null : tree.get("indicators");
        if (indicators != null && indicators.isArray()) {
            for (com.fasterxml.jackson.databind.JsonNode i : indicators) {
                if (i instanceof com.fasterxml.jackson.databind.node.ObjectNode o && o.has(OLD_TIME_AGGREGATION_KEY)) {
                    com.fasterxml.jackson.databind.JsonNode old = o.remove(OLD_TIME_AGGREGATION_KEY);
                    if (!o.has("timeAggregation")) {
                        boolean count = "COUNT".equals(o.path("kind").asText());
                        o.put("timeAggregation", count && "RATIO_OF_SUMS".equals(old.asText()) ? "SUM" : old.asText());
                    }
                }
            }
        }
        return tree;
    }

    public void write(Catalogue catalogue, OutputStream out) throws IOException {
        mapper().writeValue(out, catalogue);
    }

    public String toJson(Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A catalogue file that cannot be read (the reason for the window and in bokmål: {@link ExplainedException}). */
    public static final class CatalogueFormatException extends ExplainedException {
        private static final long serialVersionUID = 1L;

        public CatalogueFormatException(Message why, Throwable cause) {
            super(why, cause);
        }
    }
}
