package org.openenpc.ui.support;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.testfx.util.WaitForAsyncUtils;

/** Renders a scene to target/screenshots/NAME.png, to look at what a test built. Call from the test thread. */
public final class Screenshots {
    private Screenshots() {
    }

    public static WritableImage save(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Path out = Path.of("target/screenshots", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(toAwt(image), "png", out.toFile());
        return image;
    }

    private static BufferedImage toAwt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }
}
