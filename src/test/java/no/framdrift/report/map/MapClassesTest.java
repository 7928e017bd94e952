package no.framdrift.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapClassesTest {

    @Test
    void sharesGetRoundPercentClassesWithNorwegianLabels() {
        MapClasses c = MapClasses.of(List.of(0.52, 0.71, 0.83, 0.64, 0.9), true);
        assertEquals(List.of("50–60 %", "60–70 %", "70–80 %", "80–90 %"),
                c.classes().stream().map(MapClasses.MapClass::label).toList());
        assertEquals("70–80 %", c.classOf(0.71).orElseThrow().label());
        assertEquals("80–90 %", c.classOf(0.9).orElseThrow().label(), "the top bound belongs to the last class");
        assertEquals("60–70 %", c.classOf(0.60).orElseThrow().label(), "a bound belongs to the class above it");
    }

    @Test
    void decimalStepsUseADecimalComma() {
        MapClasses c = MapClasses.of(List.of(0.121, 0.052, 0.015), true);
        // 1,5–12,1 % in at most five round steps: 2,5 points
        assertEquals(List.of("0,0–2,5 %", "2,5–5,0 %", "5,0–7,5 %", "7,5–10,0 %", "10,0–12,5 %"),
                c.classes().stream().map(MapClasses.MapClass::label).toList());
    }

    @Test
    void countsUseSpaceAsThousandsSeparator() {
        MapClasses c = MapClasses.of(List.of(1200.0, 2500.0, 4800.0), false);
        assertEquals("1 000–2 000", c.classes().get(0).label());
        assertEquals(4, c.classes().size());
    }

    @Test
    void oneValueIsOneClassAndNoValuesNoClasses() {
        assertEquals(List.of("12,1 %"), MapClasses.of(List.of(0.121, 0.121), true).classes().stream()
                .map(MapClasses.MapClass::label).toList());
        // a municipality uses a service or not: two classes, not five with three empty
        MapClasses yesNo = MapClasses.of(List.of(0.0, 1.0, 1.0, 0.0), true);
        assertEquals(List.of("0 %", "100 %"), yesNo.classes().stream().map(MapClasses.MapClass::label).toList());
        assertEquals("100 %", yesNo.classOf(1.0).orElseThrow().label());
        assertEquals("0 %", yesNo.classOf(0.0).orElseThrow().label());
        assertTrue(MapClasses.of(Arrays.asList(null, Double.NaN), true).classes().isEmpty());
    }

    @Test
    void coloursRunFromLightToDarkSoTheOrderSurvivesGreyPrint() {
        MapClasses c = MapClasses.of(List.of(0.0, 0.5, 1.0), true);
        assertEquals(5, c.classes().size());
        double previous = Double.MAX_VALUE;
        for (MapClasses.MapClass k : c.classes()) {
            double luminance = luminance(k.colour());
            assertTrue(luminance < previous, k.label() + " darker than the class below");
            previous = luminance;
        }
        assertEquals(new Color(0xffffcc), c.classes().get(0).colour());
        assertEquals(new Color(0x253494), c.classes().get(4).colour());
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
