import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Framdrift icon (an upward progress line in deep blue on a white rounded square) and
 * writes it in every form the installers need: PNGs for Linux, a multi-size .ico for Windows and
 * an .icns (plus the .iconset folder iconutil reads) for macOS.
 *
 * <p>Run from the project root with the JDK alone: {@code java packaging/icon/DrawIcon.java}.
 * Written by hand instead of using ImageMagick/iconutil so the icon can be regenerated on any
 * build machine; .ico and .icns both accept PNG-encoded images, so the containers are simple.
 */
public final class DrawIcon {

    private static final Color BLUE = new Color(0x1f, 0x4e, 0x79);
    private static final Color PALE_BLUE = new Color(0xd6, 0xe3, 0xef);
    private static final Color BORDER = new Color(0xc9, 0xd3, 0xdd);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/icon");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024)) {
            png.put(size, encode(draw(size)));
        }
        // Linux: jpackage takes one PNG; 512 is sharp on HiDPI docks, 256 is the classic size.
        Files.write(out.resolve("framdrift.png"), png.get(512));
        Files.write(out.resolve("framdrift-256.png"), png.get(256));
        Files.write(out.resolve("framdrift.ico"), ico(png, List.of(16, 24, 32, 48, 64, 128, 256)));
        Files.write(out.resolve("framdrift.icns"), icns(png));
        Path iconset = out.resolve("framdrift.iconset");
        Files.createDirectories(iconset);
        for (int s : List.of(16, 32, 128, 256, 512)) {
            Files.write(iconset.resolve("icon_" + s + "x" + s + ".png"), png.get(s));
            Files.write(iconset.resolve("icon_" + s + "x" + s + "@2x.png"), png.get(s * 2));
        }
        System.out.println("Icons written to " + out.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        // macOS expects some transparent margin round the tile; Windows/Linux do not mind it.
        double m = s * 0.06;
        double tile = s - 2 * m;
        RoundRectangle2D square = new RoundRectangle2D.Double(m, m, tile, tile, tile * 0.36, tile * 0.36);
        g.setColor(Color.WHITE);
        g.fill(square);
        if (size >= 32) {
            g.setColor(BORDER);
            g.setStroke(new BasicStroke((float) Math.max(1, s * 0.012)));
            g.draw(square);
        }
        // a pale baseline for the "chart", omitted at tiny sizes where it would only blur
        double left = m + tile * 0.18;
        double right = m + tile * 0.82;
        double bottom = m + tile * 0.78;
        if (size >= 48) {
            g.setColor(PALE_BLUE);
            g.setStroke(new BasicStroke((float) (s * 0.03), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new java.awt.geom.Line2D.Double(left, bottom, right, bottom));
        }
        // the progress line: up, a small dip, then steadily up to the ambition
        double[][] pts = {
            {0.18, 0.66}, {0.38, 0.50}, {0.52, 0.57}, {0.80, 0.26}
        };
        Path2D line = new Path2D.Double();
        for (int i = 0; i < pts.length; i++) {
            double x = m + tile * pts[i][0];
            double y = m + tile * pts[i][1];
            if (i == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
        }
        g.setColor(BLUE);
        float width = (float) Math.max(2, s * (size <= 24 ? 0.12 : 0.085));
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        // the end point: where the indicator is now, drawn as a dot
        double dot = width * 2.1;
        double ex = m + tile * pts[pts.length - 1][0];
        double ey = m + tile * pts[pts.length - 1][1];
        g.fill(new Ellipse2D.Double(ex - dot / 2, ey - dot / 2, dot, dot));
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO container (Vista+ accepts PNG entries at every size). */
    static byte[] ico(Map<Integer, byte[]> png, List<Integer> sizes) {
        int header = 6 + 16 * sizes.size();
        int total = header + sizes.stream().mapToInt(s -> png.get(s).length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        int offset = header;
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)); // 0 means 256
            b.put((byte) 0).put((byte) 0);          // no palette, reserved
            b.putShort((short) 1).putShort((short) 32); // planes, bits per pixel
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) {
            b.put(png.get(s));
        }
        return b.array();
    }

    /** ICNS container with PNG entries (macOS 10.7+); big-endian type/length records. */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("ic11", 32);   // 16@2x
        types.put("ic12", 64);   // 32@2x
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic13", 256);  // 128@2x
        types.put("ic09", 512);
        types.put("ic14", 512);  // 256@2x
        types.put("ic10", 1024); // 512@2x
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream a = new DataOutputStream(all);
        a.writeBytes("icns");
        a.writeInt(8 + body.size());
        body.writeTo((OutputStream) a);
        return all.toByteArray();
    }
}
