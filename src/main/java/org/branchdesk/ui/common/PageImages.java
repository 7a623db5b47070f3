package org.branchdesk.ui.common;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.branchdesk.print.PdfPages;

/** A rendered PDF page as JavaFX shows it. */
public final class PageImages {
    private PageImages() {}

    /** The page as an image, or {@code null} for none. */
    public static Image of(PdfPages.Image img) {
        if (img == null) {
            return null;
        }
        WritableImage image = new WritableImage(img.width(), img.height());
        image.getPixelWriter()
                .setPixels(
                        0,
                        0,
                        img.width(),
                        img.height(),
                        PixelFormat.getIntArgbInstance(),
                        img.argb(),
                        0,
                        img.width());
        return image;
    }
}
