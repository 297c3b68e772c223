package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppIconsTest {

    @Start
    void start(Stage stage) {
        // The toolkit is up; nothing to show.
    }

    @Test
    void everySizeLoadsAtItsOwnSize() {
        List<Image> images = AppIcons.load();
        assertThat(images).hasSize(AppIcons.SIZES.length);
        for (int i = 0; i < AppIcons.SIZES.length; i++) {
            assertThat(images.get(i).getWidth()).isEqualTo(AppIcons.SIZES[i]);
            assertThat(images.get(i).getHeight()).isEqualTo(AppIcons.SIZES[i]);
        }
    }
}
