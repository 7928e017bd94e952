package no.framdrift.ingest;

import no.framdrift.domain.Message;

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

    /** Made on first use, as in {@link CatalogueJson}: every workspace's import service holds one (issue 16). */
    private ObjectMapper mapper;

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            // An unknown key is refused, not ignored: a misspelt "wieght" would otherwise import unweighted.
            mapper = new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(SerializationFeature.INDENT_OUTPUT);
        }
        return mapper;
    }

    /** A profile that cannot be used (the reason for the window and in bokmål: {@link ExplainedException}). */
    public static final class ProfileException extends ExplainedException {
        private static final long serialVersionUID = 1L;

        public ProfileException(Message why, Throwable cause) {
            super(why, cause);
        }
    }

    public ImportProfile read(Path file) throws ProfileException {
        try (InputStream in = Files.newInputStream(file)) {
            return check(mapper().readValue(in, ImportProfile.class), file.getFileName().toString());
        } catch (JsonProcessingException e) {
            throw new ProfileException(Message.of("profile.error.unreadable", file.getFileName().toString(), describe(e)), e);
        } catch (IOException e) {
            throw new ProfileException(Message.of("profile.error.io", file.toString(), e.getClass().getSimpleName()), e);
        }
    }

    public ImportProfile read(InputStream in, String source) throws ProfileException {
        try {
            return check(mapper().readValue(in, ImportProfile.class), source);
        } catch (JsonProcessingException e) {
            throw new ProfileException(Message.of("profile.error.unreadable", source, describe(e)), e);
        } catch (IOException e) {
            throw new ProfileException(Message.of("profile.error.io", source, e.getClass().getSimpleName()), e);
        }
    }

    public ImportProfile fromJson(String json, String source) throws ProfileException {
        try {
            return check(mapper().readValue(json, ImportProfile.class), source);
        } catch (JsonProcessingException e) {
            throw new ProfileException(Message.of("profile.error.unreadable", source, describe(e)), e);
        }
    }

    /** What is wrong with a profile's JSON, with the field or the line and column. */
    static Message describe(JsonProcessingException e) {
        boolean at = e.getLocation() != null && e.getLocation().getLineNr() >= 1;
        String line = at ? String.valueOf(e.getLocation().getLineNr()) : "";
        String column = at ? String.valueOf(e.getLocation().getColumnNr()) : "";
        String path = path(e);
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            java.util.List<String> known = u.getKnownPropertyIds() == null ? java.util.List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            // no line: Jackson reports where the enclosing object ended, not where the key is
            Message field = path.isEmpty() ? Message.of("profile.json.unknownField", u.getPropertyName())
                    : Message.of("profile.json.unknownFieldIn", u.getPropertyName(), path);
            return known.isEmpty() ? field : Message.of("profile.json.validFields", field, String.join(", ", known));
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            Class<?> type = f.getTargetType();
            Message invalid = Message.of("profile.json.invalidValue", String.valueOf(f.getValue()), path);
            if (type != null && type.isEnum()) {
                invalid = Message.of("profile.json.allowed", invalid, java.util.Arrays.stream(type.getEnumConstants())
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
            }
            return at ? Message.of("profile.json.at", invalid, line, column) : invalid;
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m) {
            if (m.getMessage() != null && m.getMessage().startsWith("No content to map")) {
                return Message.of("profile.json.empty");
            }
            Message type = path.isEmpty() ? Message.of("profile.json.wrongType") : Message.of("profile.json.wrongTypeFor", path);
            return Message.of("profile.json.wrongTypeHint", at ? Message.of("profile.json.at", type, line, column) : type);
        }
        Message invalid = Message.of("profile.json.invalid");
        return Message.of("profile.json.invalidHint", at ? Message.of("profile.json.at", invalid, line, column) : invalid);
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException && b.length() > 0) {
            int cut = b.lastIndexOf(".");
            return cut < 0 ? "" : b.substring(0, cut); // the path up to, not including, the unknown key
        }
        return b.toString();
    }

    public String toJson(ImportProfile profile) {
        try {
            return mapper().writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The profile's missing parts, in Norwegian; empty when it can be used. */
    /**
     * A plain name (profile, background variable): letters, digits, space, {@code _ . -}, at most 100
     * characters, starting with a letter or digit. So it is never a path ({@code ../../x}) and never
     * starts a spreadsheet cell with {@code = + - @} (formula injection, issue 18).
     */
    public static boolean isPlainName(String s) {
        return s != null && s.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} _.\\-]{0,99}");
    }

    /**
     * What keeps a profile from being used, in the analyst's words (the wizard's labels and roles,
     * not the JSON keys), as messages the window or the command line renders.
     */
    public static List<Message> problems(ImportProfile p) {
        List<Message> out = new ArrayList<>();
        if (p.name() == null || p.name().isBlank()) {
            out.add(Message.of("profile.problem.name.missing"));
        } else if (!isPlainName(p.name())) {
            out.add(Message.of("profile.problem.name.notPlain", p.name()));
        }
        if (p.survey() != null && p.survey().background() != null) {
            for (String key : p.survey().background().keySet()) {
                if (!isPlainName(key)) {
                    out.add(Message.of("profile.problem.background.notPlain", key));
                }
            }
        }
        if (p.kind() == null) {
            out.add(Message.of("profile.problem.kind.missing"));
            return out;
        }
        switch (p.kind()) {
            case SURVEY -> {
                var s = p.survey();
                if (s == null) {
                    out.add(Message.of("profile.problem.survey.missing"));
                } else {
                    if (s.year() == null && s.date() == null) {
                        out.add(Message.of("profile.problem.survey.yearOrDate"));
                    }
                    if (s.questions() == null || s.questions().isEmpty()) {
                        out.add(Message.of("profile.problem.survey.noQuestion"));
                    } else {
                        for (var q : s.questions()) {
                            if (q.column() == null) {
                                out.add(Message.of("profile.problem.question.noColumn"));
                            } else if (q.indicator() == null) {
                                out.add(Message.of("profile.problem.question.noIndicator", q.column()));
                            } else if (q.positive() == null || q.positive().isEmpty()) {
                                out.add(Message.of("profile.problem.question.noPositive", q.column()));
                            } else if (q.answers() == null || q.answers().isEmpty()) {
                                out.add(Message.of("profile.problem.question.noAnswers", q.column()));
                            }
                        }
                    }
                }
            }
            case REGISTRY -> {
                var r = p.registry();
                if (r == null) {
                    out.add(Message.of("profile.problem.registry.missing"));
                } else {
                    if (r.indicator() == null && r.indicatorColumn() == null) {
                        out.add(Message.of("profile.problem.registry.indicator"));
                    }
                    if (r.period() == null) {
                        out.add(Message.of("profile.problem.registry.period"));
                    }
                    if (!Boolean.TRUE.equals(r.personLevel()) && r.numerator() == null && r.denominator() == null) {
                        out.add(Message.of("profile.problem.registry.numeratorOrDenominator"));
                    }
                }
            }
            case UNITS -> {
                var u = p.units();
                if (u == null) {
                    out.add(Message.of("profile.problem.units.missing"));
                } else if (u.indicator() == null || u.period() == null || u.unitId() == null || u.uses() == null) {
                    out.add(Message.of("profile.problem.units.fields"));
                }
            }
            case JSON_STAT -> {
                var j = p.jsonStat();
                if (j == null) {
                    out.add(Message.of("profile.problem.jsonStat.missing"));
                } else if (j.indicator() == null || j.timeDimension() == null || j.valueRole() == null) {
                    out.add(Message.of("profile.problem.jsonStat.fields"));
                }
            }
            default -> { }
        }
        return out;
    }

    private static ImportProfile check(ImportProfile p, String source) throws ProfileException {
        List<Message> problems = problems(p);
        if (!problems.isEmpty()) {
            throw new ProfileException(Message.of("profile.error.unusable", source, problems), null);
        }
        return p;
    }
}
