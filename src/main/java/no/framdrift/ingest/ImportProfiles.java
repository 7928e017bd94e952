package no.framdrift.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes import profiles as JSON (Jackson), and checks that a profile is complete. */
public final class ImportProfiles {

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** A profile that cannot be used, with a Norwegian message. */
    public static final class ProfileException extends Exception {
        public ProfileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public ImportProfile read(Path file) throws ProfileException {
        try (InputStream in = Files.newInputStream(file)) {
            return check(mapper.readValue(in, ImportProfile.class), file.getFileName().toString());
        } catch (JsonProcessingException e) {
            throw new ProfileException("Importprofilen " + file.getFileName() + " er ikke gyldig JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ProfileException("Kan ikke lese importprofilen " + file + ": " + e.getMessage(), e);
        }
    }

    public ImportProfile read(InputStream in, String source) throws ProfileException {
        try {
            return check(mapper.readValue(in, ImportProfile.class), source);
        } catch (IOException e) {
            throw new ProfileException("Importprofilen " + source + " er ikke gyldig JSON: " + e.getMessage(), e);
        }
    }

    public ImportProfile fromJson(String json, String source) throws ProfileException {
        try {
            return check(mapper.readValue(json, ImportProfile.class), source);
        } catch (JsonProcessingException e) {
            throw new ProfileException("Importprofilen " + source + " er ikke gyldig JSON: " + e.getOriginalMessage(), e);
        }
    }

    public String toJson(ImportProfile profile) {
        try {
            return mapper.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The profile's missing parts, in Norwegian; empty when it can be used. */
    public static List<String> problems(ImportProfile p) {
        List<String> out = new ArrayList<>();
        if (p.name() == null || p.name().isBlank()) {
            out.add("Profilen mangler navn (\"name\")");
        }
        if (p.kind() == null) {
            out.add("Profilen mangler type (\"kind\": SURVEY, REGISTRY, UNITS eller JSON_STAT)");
            return out;
        }
        switch (p.kind()) {
            case SURVEY -> {
                var s = p.survey();
                if (s == null) {
                    out.add("Profilen mangler \"survey\"");
                } else {
                    if (s.year() == null && s.date() == null) {
                        out.add("Profilen må angi kolonnen for år (\"year\") eller dato (\"date\")");
                    }
                    if (s.questions() == null || s.questions().isEmpty()) {
                        out.add("Profilen må angi minst ett spørsmål (\"questions\")");
                    } else {
                        for (var q : s.questions()) {
                            if (q.column() == null) {
                                out.add("Et spørsmål mangler kolonne (\"column\")");
                            } else if (q.indicator() == null) {
                                out.add("Spørsmålet i kolonnen «" + q.column() + "» mangler indikator (\"indicator\")");
                            } else if (q.positive() == null || q.positive().isEmpty()) {
                                out.add("Spørsmålet " + q.column() + " må angi hvilke svar som teller som positive (\"positive\")");
                            } else if (q.answers() == null || q.answers().isEmpty()) {
                                out.add("Spørsmålet " + q.column() + " må angi svaralternativene (\"answers\")");
                            }
                        }
                    }
                }
            }
            case REGISTRY -> {
                var r = p.registry();
                if (r == null) {
                    out.add("Profilen mangler \"registry\"");
                } else {
                    if (r.indicator() == null && r.indicatorColumn() == null) {
                        out.add("Profilen må angi indikator (\"indicator\" eller \"indicatorColumn\")");
                    }
                    if (r.period() == null) {
                        out.add("Profilen må angi periodekolonnen (\"period\")");
                    }
                    if (!Boolean.TRUE.equals(r.personLevel()) && r.numerator() == null && r.denominator() == null) {
                        out.add("Profilen må angi teller (\"numerator\") og/eller nevner (\"denominator\")");
                    }
                }
            }
            case UNITS -> {
                var u = p.units();
                if (u == null) {
                    out.add("Profilen mangler \"units\"");
                } else if (u.indicator() == null || u.period() == null || u.unitId() == null || u.uses() == null) {
                    out.add("Enhetslister må angi \"indicator\", \"period\", \"unitId\" og \"uses\"");
                }
            }
            case JSON_STAT -> {
                var j = p.jsonStat();
                if (j == null) {
                    out.add("Profilen mangler \"jsonStat\"");
                } else if (j.indicator() == null || j.timeDimension() == null || j.valueRole() == null) {
                    out.add("JSON-stat-profiler må angi \"indicator\", \"timeDimension\" og \"valueRole\"");
                }
            }
            default -> { }
        }
        return out;
    }

    private static ImportProfile check(ImportProfile p, String source) throws ProfileException {
        List<String> problems = problems(p);
        if (!problems.isEmpty()) {
            throw new ProfileException("Importprofilen " + source + " kan ikke brukes: " + String.join("; ", problems), null);
        }
        return p;
    }
}
